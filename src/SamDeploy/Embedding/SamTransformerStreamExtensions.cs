using SamDeploy.Transform;

namespace SamDeploy.Embedding;

/// <summary>
/// Transforms templates read from a <see cref="Stream"/>, for generators and services that hold a template in memory
/// (an upload, a resource, a pipe). Text and <see cref="Newtonsoft.Json.Linq.JObject"/> input are
/// <see cref="SamTransformer.Transform(string, string?, CancellationToken)"/> and
/// <see cref="SamTransformer.Transform(Newtonsoft.Json.Linq.JObject, CancellationToken)"/>. Like those, these methods
/// are safe to call on one <see cref="SamTransformer"/> from many threads at once.
/// </summary>
public static class SamTransformerStreamExtensions
{
    /// <summary>Reads a YAML or JSON template from <paramref name="stream"/> (UTF-8 unless it starts with a byte order mark) and transforms it.</summary>
    /// <param name="transformer">The transformer, which holds the options.</param>
    /// <param name="stream">The template text; read to its end and left open.</param>
    /// <param name="path">The file name to show in diagnostics, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the transform.</param>
    /// <returns>The CloudFormation template, or the diagnostics that say why there is none.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TransformResult Transform(this SamTransformer transformer, Stream stream, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transformer);
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return transformer.Transform(reader.ReadToEnd(), path, cancellationToken);
    }

    /// <summary>
    /// Reads a YAML or JSON template from <paramref name="stream"/> asynchronously (UTF-8 unless it starts with a byte
    /// order mark), then transforms it. The transform itself is CPU work and runs on the calling thread.
    /// </summary>
    /// <param name="transformer">The transformer, which holds the options.</param>
    /// <param name="stream">The template text; read to its end and left open.</param>
    /// <param name="path">The file name to show in diagnostics, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the read and the transform.</param>
    /// <returns>The CloudFormation template, or the diagnostics that say why there is none.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<TransformResult> TransformAsync(this SamTransformer transformer, Stream stream, string? path = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transformer);
        ArgumentNullException.ThrowIfNull(stream);
        string text;
        using (var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        return transformer.Transform(text, path, cancellationToken);
    }
}
