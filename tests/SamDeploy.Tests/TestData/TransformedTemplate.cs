using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Tests.TestData;

/// <summary>Transforms a template that must transform; a failed transform fails the test with its error message.</summary>
internal static class TransformedTemplate
{
    /// <summary>The Resources map of the transformed template.</summary>
    public static JObject Resources(string template, TransformOptions? options = null)
    {
        var result = new SamTransformer(options).Transform(template);
        result.Success.Should().BeTrue(result.ErrorMessage);
        return (JObject)result.Template!["Resources"]!;
    }
}
