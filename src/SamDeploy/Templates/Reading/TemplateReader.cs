using System.Collections.Immutable;
using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using YamlDotNet.Core;

namespace SamDeploy.Templates.Reading;

/// <summary>Reads a template from YAML or JSON text into one tree, every node annotated with its source position.</summary>
public static class TemplateReader
{
    /// <summary>Reads a template.</summary>
    /// <param name="text">The YAML or JSON text.</param>
    /// <param name="path">The file the text came from, used in diagnostics; <see langword="null"/> for in-memory text.</param>
    /// <param name="options">Input limits; <see cref="ReaderOptions.Default"/> when omitted.</param>
    /// <returns>The tree, or the diagnostics that say why the text could not be read.</returns>
    public static ReadResult Read(string text, string? path = null, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ReaderOptions.Default;
        if (text.Length > options.MaxTextLength)
        {
            return Fail(
                DiagnosticCatalog.LimitExceeded,
                DiagnosticKind.Limit,
                string.Create(CultureInfo.InvariantCulture, $"The template is {text.Length} characters long, more than the limit of {options.MaxTextLength} ({ReaderOptions.OptionName}.MaxTextLength)."),
                new SourceSpan(path, 1, 1));
        }

        JToken? root;
        bool? mayNameReferences = null;
        try
        {
            root = LooksLikeJson(text) ? ReadJson(text, options) : null;
            if (root is null)
            {
                root = YamlTreeBuilder.Build(text, options, out var yamlMayName);
                mayNameReferences = yamlMayName;
            }
        }
        catch (ReadException e)
        {
            var descriptor = e.IsLimit ? DiagnosticCatalog.LimitExceeded
                : e.Message.StartsWith("Duplicate key", StringComparison.Ordinal) ? DiagnosticCatalog.DuplicateKey
                : DiagnosticCatalog.SyntaxError;
            return Fail(descriptor, e.IsLimit ? DiagnosticKind.Limit : DiagnosticKind.Syntax, e.Message, new SourceSpan(path, Math.Max(e.Line, 1), Math.Max(e.Column, 1)));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is not null && e.Message.Contains("See inner exception", StringComparison.Ordinal) ? e.InnerException.Message : e.Message;
            return Fail(DiagnosticCatalog.SyntaxError, DiagnosticKind.Syntax, "The template is not valid YAML: " + Clean(message), new SourceSpan(path, (int)Math.Max(e.Start.Line, 1), (int)Math.Max(e.Start.Column, 1)));
        }

        if (root is null || root.Type == JTokenType.Null)
        {
            return Fail(DiagnosticCatalog.NotAMap, DiagnosticKind.Syntax, "The template is empty.", new SourceSpan(path, 1, 1));
        }

        if (root is not JObject template)
        {
            var span = SourceInfo.GetSpan(root);
            return Fail(DiagnosticCatalog.NotAMap, DiagnosticKind.Syntax, "The template's top level must be a map, not " + Describe(root) + ".", new SourceSpan(path, span?.Line ?? 1, span?.Column ?? 1));
        }

        SourceInfo.SetFile(template, path);
        return new ReadResult(template, ImmutableArray<Diagnostic>.Empty, mayNameReferences);
    }

    /// <summary>Reads a template from a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Input limits.</param>
    /// <returns>The tree, or the diagnostics.</returns>
    public static ReadResult ReadFile(string path, ReaderOptions? options = null) =>
        Read(File.ReadAllText(path), path, options);

    private static string Clean(string message)
    {
        // YamlDotNet prefixes its messages with "(Line: x, Col: y, Idx: z) - (Line: ...): "; the span carries that.
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(marker + 3)..] : message;
    }

    private static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Array => "a list",
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static bool LooksLikeJson(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{';
            }
        }

        return false;
    }

    /// <summary>Reads strict JSON; null when the text is not strict JSON (it may still be YAML flow style).</summary>
    private static JToken? ReadJson(string text, ReaderOptions options)
    {
        using var reader = new JsonTextReader(new StringReader(text))
        {
            DateParseHandling = DateParseHandling.None,
            FloatParseHandling = FloatParseHandling.Double,
            MaxDepth = options.MaxDepth,
        };
        try
        {
            var settings = new JsonLoadSettings
            {
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                LineInfoHandling = LineInfoHandling.Load,
                CommentHandling = CommentHandling.Ignore,
            };
            var token = JToken.ReadFrom(reader, settings);
            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    return null;
                }
            }

            return token;
        }
        catch (JsonReaderException e) when (e.Message.Contains("Can not add property", StringComparison.Ordinal))
        {
            throw new ReadException("Duplicate key in a map: " + e.Message, e.LineNumber, e.LinePosition);
        }
        catch (JsonReaderException e) when (e.Message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            throw new ReadException(
                ReaderOptions.DepthMessage(options.MaxDepth),
                e.LineNumber,
                e.LinePosition,
                isLimit: true);
        }
        catch (JsonReaderException)
        {
            return null;
        }
    }

    private static ReadResult Fail(DiagnosticDescriptor descriptor, DiagnosticKind kind, string message, SourceSpan span) =>
        new(null, ImmutableArray.Create(new Diagnostic(descriptor, kind, message, span: span)));
}
