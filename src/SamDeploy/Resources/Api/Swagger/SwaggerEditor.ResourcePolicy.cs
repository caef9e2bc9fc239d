using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;

namespace SamDeploy.Resources.Api.Swagger;

/// <summary>Resource policies: allow or deny accounts, IP ranges and VPCs per path, plus custom statements.</summary>
internal sealed partial class SwaggerEditor
{
    /// <summary>Adds the statements of a ResourcePolicy for one path (the reference's <c>add_resource_policy</c>).</summary>
    public void AddResourcePolicy(JToken? policy, string path, JToken? stage)
    {
        if (policy is null || policy.Type == JTokenType.Null)
        {
            return;
        }

        SwaggerErrors.RequireMap(policy, "Resource Policy is not a valid dictionary.");
        var map = (JObject)policy;
        JToken? Get(string name) => map[name] is { Type: not JTokenType.Null } v ? v : null;

        if (Get("AwsAccountWhitelist") is { } accountAllow)
        {
            AddIamStatement(accountAllow, "Allow", MethodUriList(path, stage));
        }

        if (Get("AwsAccountBlacklist") is { } accountDeny)
        {
            AddIamStatement(accountDeny, "Deny", MethodUriList(path, stage));
        }

        if (Get("IpRangeWhitelist") is { } ipAllow)
        {
            AddIpStatements(ipAllow, "NotIpAddress", MethodUriList(path, stage));
        }

        if (Get("IpRangeBlacklist") is { } ipDeny)
        {
            AddIpStatements(ipDeny, "IpAddress", MethodUriList(path, stage));
        }

        var vpcDeny = Get("SourceVpcBlacklist");
        if (!AllStrings(vpcDeny))
        {
            throw SwaggerErrors.Invalid("SourceVpcBlacklist must be a list of strings. Use IntrinsicVpcBlacklist instead for values that use Intrinsic Functions");
        }

        var resources = MethodUriList(path, stage);
        AddVpcStatements(vpcDeny, Get("IntrinsicVpcBlacklist"), Get("IntrinsicVpceBlacklist"), "StringEquals", resources);
        var vpcAllow = Get("SourceVpcWhitelist");
        if (!AllStrings(vpcAllow))
        {
            throw SwaggerErrors.Invalid("SourceVpcWhitelist must be a list of strings. Use IntrinsicVpcWhitelist instead for values that use Intrinsic Functions");
        }

        AddVpcStatements(vpcAllow, Get("IntrinsicVpcWhitelist"), Get("IntrinsicVpceWhitelist"), "StringNotEquals", resources);
        Py27.Set(_doc, PolicyKey, ResourcePolicy);
    }

    /// <summary>Appends custom statements (skipping ones already present).</summary>
    public void AddCustomStatements(JToken statements)
    {
        Py27.Set(ResourcePolicy, "Version", "2012-10-17");
        if (ResourcePolicy["Statement"] is null or { Type: JTokenType.Null })
        {
            Py27.Set(ResourcePolicy, "Statement", statements.DeepClone());
        }
        else
        {
            var custom = statements is JArray list ? list.ToList() : [statements];
            var existing = AsList(ResourcePolicy["Statement"]!);
            foreach (var s in custom)
            {
                if (!existing.Any(e => JToken.DeepEquals(e, s)))
                {
                    existing.Add(s.DeepClone());
                }
            }

            Py27.Set(ResourcePolicy, "Statement", existing);
        }

        Py27.Set(_doc, PolicyKey, ResourcePolicy);
    }

    private static bool AllStrings(JToken? list) => list is null || (list is JArray items && items.All(i => i.Type == JTokenType.String)) || (list is not JArray && list.Type == JTokenType.String);

    private static JArray AsList(JToken statement) => statement is JArray list ? list : new JArray(statement);

    private void AddIamStatement(JToken accounts, string effect, JArray resources)
    {
        if (!Truthy(accounts))
        {
            return;
        }

        if (accounts is not (JObject or JArray))
        {
            throw SwaggerErrors.Invalid($"Type of '{PythonStr.Format(accounts)}' must be a list or dictionary");
        }

        var list = accounts is JArray a ? a.DeepClone() : new JArray(accounts.DeepClone());
        Py27.Set(ResourcePolicy, "Version", "2012-10-17");
        var statement = Py27.NewDict();
        Py27.Set(statement, "Effect", effect);
        Py27.Set(statement, "Action", "execute-api:Invoke");
        Py27.Set(statement, "Resource", resources.DeepClone());
        var principal = Py27.NewDict();
        Py27.Set(principal, "AWS", list);
        Py27.Set(statement, "Principal", principal);
        if (ResourcePolicy["Statement"] is null or { Type: JTokenType.Null })
        {
            Py27.Set(ResourcePolicy, "Statement", statement);
        }
        else
        {
            var existing = AsList(ResourcePolicy["Statement"]!);
            existing.Add(statement);
            Py27.Set(ResourcePolicy, "Statement", existing);
        }
    }

    private void AddIpStatements(JToken ips, string conditional, JArray resources)
    {
        if (!Truthy(ips))
        {
            return;
        }

        var list = ips is JArray a ? a.DeepClone() : new JArray(ips.DeepClone());
        var condition = new JObject { [conditional] = new JObject { ["aws:SourceIp"] = list } };
        AddAllowDenyPair(resources, condition);
    }

    private void AddVpcStatements(JToken? endpoints, JToken? intrinsicVpcs, JToken? intrinsicVpces, string conditional, JArray resources)
    {
        var condition = Py27.NewDict();
        if (endpoints is JArray strings)
        {
            var vpcs = strings.Where(e => ((string)e!).StartsWith("vpc-", StringComparison.Ordinal)).ToList();
            var vpces = strings.Where(e => ((string)e!).StartsWith("vpce-", StringComparison.Ordinal)).ToList();
            if (vpcs.Count > 0)
            {
                Extend(condition, "aws:SourceVpc", vpcs);
            }

            if (vpces.Count > 0)
            {
                Extend(condition, "aws:SourceVpce", vpces);
            }
        }

        if (intrinsicVpcs is not null and not { Type: JTokenType.Null })
        {
            // The reference extends the list with whatever the template gave (list.extend); where Python cannot
            // iterate the value it stops with a TypeError, and SamDeploy adds the value as one item.
            Extend(condition, "aws:SourceVpc", PythonIteration.Items(intrinsicVpcs) ?? [intrinsicVpcs]);
        }

        if (intrinsicVpces is not null and not { Type: JTokenType.Null })
        {
            Extend(condition, "aws:SourceVpce", PythonIteration.Items(intrinsicVpces) ?? [intrinsicVpces]);
        }

        if (!Truthy(condition["aws:SourceVpc"]) && !Truthy(condition["aws:SourceVpce"]))
        {
            return;
        }

        AddAllowDenyPair(resources, new JObject { [conditional] = condition });
    }

    private static void Extend(JObject condition, string key, IEnumerable<JToken> items)
    {
        var list = (JArray)Py27.SetDefault(condition, key, new JArray());
        foreach (var item in items)
        {
            list.Add(item.DeepClone());
        }
    }

    private void AddAllowDenyPair(JArray resources, JObject condition)
    {
        Py27.Set(ResourcePolicy, "Version", "2012-10-17");
        var allow = Py27.NewDict();
        Py27.Set(allow, "Effect", "Allow");
        Py27.Set(allow, "Action", "execute-api:Invoke");
        Py27.Set(allow, "Resource", resources.DeepClone());
        Py27.Set(allow, "Principal", "*");
        var deny = Py27.NewDict();
        Py27.Set(deny, "Effect", "Deny");
        Py27.Set(deny, "Action", "execute-api:Invoke");
        Py27.Set(deny, "Resource", resources.DeepClone());
        Py27.Set(deny, "Principal", "*");
        Py27.Set(deny, "Condition", condition);
        if (ResourcePolicy["Statement"] is null or { Type: JTokenType.Null })
        {
            Py27.Set(ResourcePolicy, "Statement", new JArray(allow, deny));
        }
        else
        {
            var existing = AsList(ResourcePolicy["Statement"]!);
            if (!existing.Any(e => JToken.DeepEquals(e, allow)))
            {
                existing.Add(allow);
            }

            if (!existing.Any(e => JToken.DeepEquals(e, deny)))
            {
                existing.Add(deny);
            }

            Py27.Set(ResourcePolicy, "Statement", existing);
        }
    }

    /// <summary>The execute-api resources of every method of a path, for a policy statement.</summary>
    private JArray MethodUriList(string path, JToken? stage)
    {
        var methods = new List<(string Name, bool Unicode)>();
        foreach (var item in ConditionalContents(Paths[path]))
        {
            SwaggerErrors.RequirePathItemMap(item, path);
            var map = (JObject)item!;
            methods.AddRange(Py27.Keys(map).Select(k => (k, Py27.IsUnicodeKey(map, k))));
        }

        var unicodePath = Py27.IsUnicodeKey(Paths, path);
        var trimmed = ApiPaths.RestParametersAsWildcards(path);
        var list = new JArray();
        foreach (var (name, unicode) in methods)
        {
            var lower = Templates.PythonCase.Lower(name);
            var method = lower is AnyMethod or "any" ? "*" : Templates.PythonCase.Upper(name);
            var resource = "execute-api:/${__Stage__}/" + method + trimmed;
            var methodUnicode = unicode && method != "*";
            list.Add(new JObject
            {
                ["Fn::Sub"] = new JArray(Py27.Str(resource, methodUnicode || unicodePath), new JObject { ["__Stage__"] = stage?.DeepClone() }),
            });
        }

        return list;
    }
}
