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

    /// <summary>
    /// A domain's <c>Route53</c> map and the zone it names (HostedZoneId when truthy, else HostedZoneName), after the
    /// checks both builders make first; null without Route53.
    /// </summary>
    /// <param name="domain">The Domain map.</param>
    /// <param name="error">The API's error for a message and the value it is about.</param>
    public static (JObject Config, JToken? Zone)? Route53(JObject domain, Func<string, JToken?, SamTemplateException> error)
    {
        var route53 = domain["Route53"];
        if (route53 is null || route53.Type == JTokenType.Null)
        {
            return null;
        }

        if (route53 is not JObject config)
        {
            throw error("Property 'Domain.Route53' should be a map.", route53);
        }

        var zoneId = config["HostedZoneId"] is { Type: not JTokenType.Null } id ? id : null;
        var zoneName = config["HostedZoneName"] is { Type: not JTokenType.Null } name ? name : null;
        if (zoneId is null && zoneName is null)
        {
            throw error("HostedZoneId or HostedZoneName is required to enable Route53 support on Custom Domains.", null);
        }

        return (config, Truthiness.IsTruthy(zoneId) ? zoneId : zoneName);
    }

    /// <summary>BasePath as a list: a string is one path, a list its items; null when there is none (a single default mapping).</summary>
    public static List<JToken>? BasePaths(JToken? value) =>
        Truthiness.IsTruthy(value) && value is JValue { Type: JTokenType.String } ? [value!]
        : Truthiness.IsTruthy(value) && value is JArray list ? [.. list] : null;
}
