using Newtonsoft.Json.Linq;
using SamDeploy.Transform;

namespace SamDeploy.Resources.Api.Domains;

/// <summary>Reading of the Domain values the REST and HTTP API domain builders share (their checks and messages differ).</summary>
internal static class DomainValues
{
    /// <summary>The fields of <c>MutualTlsAuthentication</c> the reference accepts, in its order.</summary>
    public static readonly string[] MutualTlsFields = ["TruststoreUri", "TruststoreVersion"];

    /// <summary>The truthy MutualTlsAuthentication fields, copied in the reference's order.</summary>
    public static JObject MutualTls(JObject tls)
    {
        var result = new JObject();
        foreach (var field in MutualTlsFields)
        {
            if (Truthiness.IsTruthy(tls[field]))
            {
                result[field] = tls[field]!.DeepClone();
            }
        }

        return result;
    }

    /// <summary>BasePath as a list: a string is one path, a list its items; null when there is none (a single default mapping).</summary>
    public static List<JToken>? BasePaths(JToken? value) =>
        Truthiness.IsTruthy(value) && value is JValue { Type: JTokenType.String } ? [value!]
        : Truthiness.IsTruthy(value) && value is JArray list ? [.. list] : null;
}
