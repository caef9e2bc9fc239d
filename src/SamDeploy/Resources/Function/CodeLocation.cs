using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Function;

/// <summary>Builds a Lambda function's <c>Code</c> from CodeUri, InlineCode or ImageUri, as the reference does.</summary>
internal static partial class CodeLocation
{
    public const string Zip = "Zip";
    public const string Image = "Image";

    [GeneratedRegex(@"{{resolve:(ssm|ssm-secure|secretsmanager):[a-zA-Z0-9_.\-/]+(:\d+)?}}", RegexOptions.CultureInvariant)]
    private static partial Regex DynamicReference();

    public static JObject CodeFor(FunctionScope function)
    {
        var packageType = function.Has("PackageType") ? function["PackageType"]! : new JValue(Zip);
        var packageName = packageType is JValue { Type: JTokenType.String } p ? (string?)p : null;
        if (packageName is not (Zip or Image))
        {
            throw function.Error("invalid 'PackageType' : " + Templates.Intrinsics.PythonRepr.Format(packageType), "PackageType");
        }

        JObject code;
        if (packageName == Zip)
        {
            var inline = function["InlineCode"];
            var codeUri = function["CodeUri"];
            if (inline is null && codeUri is null)
            {
                throw function.Error("Only one of 'InlineCode' or 'CodeUri' can be set.", "CodeUri");
            }

            code = inline is not null ? new JObject { ["ZipFile"] = inline } : S3Location(codeUri!, function.LogicalId, "CodeUri");
        }
        else
        {
            var imageUri = function["ImageUri"] ?? throw function.Error("'ImageUri' must be set.", "ImageUri");
            if (Transform.Truthiness.IsFalsy(imageUri))
            {
                throw function.Error("'ImageUri' requires that a image hosted at a registry be specified.", "ImageUri");
            }

            code = new JObject { ["ImageUri"] = imageUri };
        }

        if (function.Has("SourceKMSKeyArn") && packageName == Zip)
        {
            code["SourceKMSKeyArn"] = function["SourceKMSKeyArn"];
        }

        return code;
    }

    /// <summary>The <c>S3Bucket</c>/<c>S3Key</c>/<c>S3ObjectVersion</c> map for a CodeUri-style value.</summary>
    public static JObject S3Location(JToken location, string logicalId, string propertyName)
    {
        JToken bucket;
        JToken key;
        JToken? version = null;
        if (location is JObject map)
        {
            if (Transform.Truthiness.IsFalsy(map["Bucket"]) || Transform.Truthiness.IsFalsy(map["Key"]))
            {
                throw Transform.TemplateErrors.Resource(logicalId, $"'{propertyName}' requires Bucket and Key properties to be specified.", location, propertyName);
            }

            bucket = map["Bucket"]!;
            key = map["Key"]!;
            if (map.ContainsKey("Version"))
            {
                version = map["Version"];
            }
        }
        else if (location is JValue { Type: JTokenType.String } text)
        {
            var uri = (string)text!;
            // The literal check first: the expression cannot match without it, and a run that never uses the
            // expression does not compile its vector search at start-up (README, Performance).
            var match = uri.Contains("{{resolve:", StringComparison.Ordinal) ? DynamicReference().Match(uri) : null;
            if (match is { Success: true } && match.Value.Contains('/', StringComparison.Ordinal))
            {
                throw Transform.TemplateErrors.Resource(logicalId, $"Unsupported dynamic reference detected in '{propertyName}'. Please consider using alternative 'FunctionCode' object format.", location, propertyName);
            }

            var parsed = ParseS3Uri(uri) ?? throw Transform.TemplateErrors.Resource(
                logicalId,
                $"'{propertyName}' is not a valid S3 Uri of the form 's3://bucket/key' with optional versionId query parameter.",
                location,
                propertyName);
            bucket = parsed.Bucket;
            key = parsed.Key;
            version = parsed.Version is null ? null : new JValue(parsed.Version);
        }
        else
        {
            throw Transform.TemplateErrors.Resource(logicalId, $"'{propertyName}' must be of type dict or string.", location, propertyName);
        }

        var code = new JObject { ["S3Bucket"] = bucket, ["S3Key"] = key };
        if (version is not null)
        {
            code["S3ObjectVersion"] = version;
        }

        return code;
    }

    /// <summary>Splits <c>s3://bucket/key?versionId=v</c> the way Python's urlparse and parse_qs do.</summary>
    public static (string Bucket, string Key, string? Version)? ParseS3Uri(string uri)
    {
        var schemeEnd = uri.IndexOf(':', StringComparison.Ordinal);
        if (schemeEnd <= 0 || !string.Equals(uri[..schemeEnd], "s3", StringComparison.OrdinalIgnoreCase) || !uri[(schemeEnd + 1)..].StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = uri[(schemeEnd + 3)..];
        var fragment = rest.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0)
        {
            rest = rest[..fragment];
        }

        var query = string.Empty;
        var queryAt = rest.IndexOf('?', StringComparison.Ordinal);
        if (queryAt >= 0)
        {
            query = rest[(queryAt + 1)..];
            rest = rest[..queryAt];
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var netloc = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? string.Empty : rest[slash..];
        if (netloc.Length == 0 || path.Length == 0 || !IsValidBracketedHost(netloc))
        {
            return null;
        }

        var versions = new List<string>();
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var name = Uri.UnescapeDataString(pair[..equals].Replace('+', ' '));
            var value = Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            if (name == "versionId" && value.Length > 0)
            {
                versions.Add(value);
            }
        }

        return (netloc, path.TrimStart('/'), versions.Count == 1 ? versions[0] : null);
    }

    /// <summary>Python's urlparse rejects a bracketed host that is not an IPv6 address (or IPvFuture), and unbalanced brackets.</summary>
    private static bool IsValidBracketedHost(string netloc)
    {
        var open = netloc.IndexOf('[', StringComparison.Ordinal);
        var close = netloc.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 && close < 0)
        {
            return true;
        }

        if (open < 0 || close < open)
        {
            return false;
        }

        var host = netloc[(open + 1)..close];
        if (host.StartsWith('v'))
        {
            return System.Text.RegularExpressions.Regex.IsMatch(host, @"\Av[a-fA-F0-9]+\..+\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        }

        return System.Net.IPAddress.TryParse(host, out var address) && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6;
    }
}
