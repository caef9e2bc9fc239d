using System.Text;
using SamDeploy.Templates.Reading;
using SamDeploy.Templates.Writing;
using SamDeploy.Transform;

namespace SamDeploy.Fuzz;

/// <summary>
/// What one fuzz input goes through: the reader, then the whole transform in one partition chosen by the input's
/// length, then the writer (JSON and YAML). Any exception escaping the library is a finding, and so is a failed
/// read or transform without diagnostics or with a diagnostic that has no position: the fuzzer records the input as a crash.
/// </summary>
internal static class FuzzTarget
{
    private static readonly SamTransformer[] Transformers =
    [
        new(new TransformOptions { Region = "us-east-1" }),
        new(new TransformOptions { Region = "cn-north-1" }),
        new(new TransformOptions { Region = "us-gov-west-1" }),
    ];

    /// <summary>Runs one input.</summary>
    /// <param name="data">The raw bytes; invalid UTF-8 is replaced, as a file read would.</param>
    public static void Run(ReadOnlySpan<byte> data)
    {
        var text = Encoding.UTF8.GetString(data);
        var read = TemplateReader.Read(text, "fuzz.yaml");
        if (read.Template is null)
        {
            Require(read.Diagnostics.Length > 0, "a failed read has no diagnostics");
            return;
        }

        var transformer = Transformers[data.Length % Transformers.Length];
        var result = transformer.Transform(read.Template);
        if (result.Template is null)
        {
            Require(result.Diagnostics.Length > 0, "a failed transform has no diagnostics");
            _ = result.ErrorMessage;
            foreach (var diagnostic in result.Diagnostics)
            {
                Require(diagnostic.Span is not null, "a diagnostic of a template read from text has no position: " + diagnostic);
                _ = diagnostic.ToString();
            }

            return;
        }

        _ = TemplateWriter.Write(result.Template, TemplateFormat.Json);
        _ = TemplateWriter.Write(result.Template, TemplateFormat.Yaml);
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Fuzz invariant broken: " + what + ".");
        }
    }
}
