using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SamDeploy.Templates.Reading;
using Xunit;

namespace SamDeploy.Tests.Templates;

/// <summary>Small helpers for reader tests.</summary>
internal static class ReadHelper
{
    /// <summary>Reads YAML that must be valid and returns the tree.</summary>
    public static JObject Read(string yaml)
    {
        var result = TemplateReader.Read(yaml);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
        return result.Template!;
    }

    /// <summary>The compact JSON text of a node.</summary>
    public static string Json(JToken? token) => token?.ToString(Formatting.None) ?? "<missing>";
}
