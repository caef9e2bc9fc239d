using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

namespace SamDeploy.Benchmarks;

/// <summary>
/// The three steps every benchmark times, on one template prepared up front: <see cref="Read"/> (text to tree),
/// <see cref="Transform"/> (tree to CloudFormation tree; the library copies the caller's tree first) and
/// <see cref="Write"/> (CloudFormation tree to JSON text, UTF-8 encoded as `samdeploy transform` writes a file, into
/// <see cref="Stream.Null"/>).
/// </summary>
internal sealed class TemplateOperations
{
    private readonly string _text;
    private readonly string _path;
    private readonly SamTransformer _transformer;
    private readonly JObject _tree;
    private readonly JObject? _output;
    private readonly StreamWriter _sink = new(Stream.Null, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    /// <summary>Reads and transforms the template once, so each step has its input ready.</summary>
    public TemplateOperations(string text, string path, TransformOptions options)
    {
        _text = text;
        _path = path;
        _transformer = new SamTransformer(options);
        _tree = Read().Template ?? throw new InvalidOperationException(path + " does not read.");
        _output = _transformer.Transform(_tree).Template;
    }

    /// <summary>Whether the template transforms (error cases do not, so they have nothing to write).</summary>
    public bool Transforms => _output is not null;

    /// <summary>Text to tree.</summary>
    public ReadResult Read() => TemplateReader.Read(_text, _path, _transformer.Options.Limits);

    /// <summary>Tree to CloudFormation tree.</summary>
    public TransformResult Transform() => _transformer.Transform(_tree);

    /// <summary>Text to CloudFormation tree, as <c>samdeploy transform</c> does it: the tree just read is transformed in place, with what the reader found out about it.</summary>
    public TransformResult TransformText() => _transformer.Transform(_text, _path);

    /// <summary>CloudFormation tree to JSON text.</summary>
    public void Write() => TemplateWriter.Write(_output ?? throw new InvalidOperationException(_path + " does not transform."), _sink);
}
