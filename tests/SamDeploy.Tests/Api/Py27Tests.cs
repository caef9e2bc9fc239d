using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using SamDeploy.Resources.Api.Swagger;
using SamDeploy.Templates;
using Xunit;

namespace SamDeploy.Tests.Api;

public class Py27Tests
{
    [Fact]
    public void The_tree_walk_visits_a_value_in_document_order_and_stops_at_its_end()
    {
        var document = JObject.Parse("""{"before": {"x": 1}, "part": {"a": [1, {"b": {}}, []], "c": {"d": "e"}}, "after": {"y": 2}}""");
        var part = (JObject)document["part"]!;

        var walked = new List<JToken>();
        foreach (var token in new TreeWalk(part))
        {
            walked.Add(token);
        }

        // Every value, not the properties that hold them.
        walked.Should().Equal(part.DescendantsAndSelf().Where(t => t is not JProperty), (a, b) => ReferenceEquals(a, b));
        var maps = new List<JObject>();
        foreach (var map in new Py27MapWalk(part))
        {
            maps.Add(map);
        }

        maps.Select(m => m.Path).Should().Equal("part", "part.a[1]", "part.a[1].b", "part.c");
        new TreeWalk(new JValue(1)).GetEnumerator().MoveNext().Should().BeTrue();

        // A property as the root: itself, then its value and what is in it, and nothing of its map's other properties.
        var property = document.Property("part", StringComparison.Ordinal)!;
        var fromProperty = new List<JToken>();
        foreach (var token in new TreeWalk(property))
        {
            fromProperty.Add(token);
        }

        fromProperty.Should().Equal(new JToken[] { property }.Concat(part.DescendantsAndSelf().Where(t => t is not JProperty)), (a, b) => ReferenceEquals(a, b));
        var mapsFromProperty = new List<JObject>();
        foreach (var map in new Py27MapWalk(property))
        {
            mapsFromProperty.Add(map);
        }

        mapsFromProperty.Should().Equal(maps, (a, b) => ReferenceEquals(a, b));
        new Py27MapWalk(new JValue(1)).GetEnumerator().MoveNext().Should().BeFalse();
    }

    [Fact]
    public void The_tree_walk_agrees_with_newtonsoft_on_random_trees()
    {
        var random = new Random(20261201);
        for (var round = 0; round < 2000; round++)
        {
            var root = RandomValue(random, 0);
            var holder = new JArray(new JValue("before"), root, new JValue("after"));
            root = holder[1];
            var walked = new List<JToken>();
            foreach (var token in new TreeWalk(root))
            {
                walked.Add(token);
            }

            walked.Should().Equal(SelfAndDescendants(root).Where(t => t is not JProperty), (a, b) => ReferenceEquals(a, b));
            var maps = new List<JObject>();
            foreach (var map in new Py27MapWalk(root))
            {
                maps.Add(map);
            }

            maps.Should().Equal(SelfAndDescendants(root).OfType<JObject>(), (a, b) => ReferenceEquals(a, b));
        }
    }

    private static IEnumerable<JToken> SelfAndDescendants(JToken value) => value is JContainer container ? container.DescendantsAndSelf() : [value];

    private static JToken RandomValue(Random random, int depth)
    {
        switch (depth > 4 ? 0 : random.Next(3))
        {
            case 1:
                var map = new JObject();
                for (var i = random.Next(4); i > 0; i--)
                {
                    map["k" + i] = RandomValue(random, depth + 1);
                }

                return map;
            case 2:
                var list = new JArray();
                for (var i = random.Next(4); i > 0; i--)
                {
                    list.Add(RandomValue(random, depth + 1));
                }

                return list;
            default:
                return random.Next(2) == 0 ? new JValue(random.Next(10)) : JValue.CreateNull();
        }
    }

    [Fact]
    public void A_shallow_copy_sizes_its_table_first_and_can_order_keys_unlike_a_deep_copy()
    {
        // Orders printed by aws-sam-translator 1.110.0's Py27Dict: insert these keys, then .copy() and copy.deepcopy().
        var order = Py27KeyOrder.FromInserts(["openapi", "info", "paths", "tags", "x-c", "components", "securityDefinitions", "x-amazon-apigateway-gateway-responses"]);

        order.ShallowCopy().Keys.Should().Equal("info", "paths", "tags", "x-amazon-apigateway-gateway-responses", "x-c", "components", "openapi", "securityDefinitions");
        order.DeepCopy().Keys.Should().Equal("info", "paths", "x-amazon-apigateway-gateway-responses", "tags", "x-c", "components", "openapi", "securityDefinitions");
        Py27KeyOrder.FromInserts(["a", "b"]).ShallowCopy().Keys.Should().Equal(Py27KeyOrder.FromInserts(["a", "b"]).DeepCopy().Keys);
    }

    [Fact]
    public void A_python_27_map_iterates_in_python_27_hash_order() =>
        Py27KeyOrder.FromInserts(["swagger", "info", "paths"]).Keys.Should().Equal("info", "paths", "swagger");

    [Fact]
    public void The_swagger_skeleton_prints_as_the_reference_prints_it() =>
        PythonStr.Of(SwaggerEditor.Skeleton()).Should().Be("{'info': {'version': '1.0', 'title': {'Ref': 'AWS::StackName'}}, 'paths': {}, 'swagger': '2.0'}");

    [Fact]
    public void Template_strings_print_with_the_unicode_prefix()
    {
        var value = JToken.Parse("""{"a": "it's", "b": ["x\ny", 1, true, null, 1.5]}""");
        Py27.MarkFromTemplate(value);
        PythonStr.Of(value).Should().Be("""{u'a': u"it's", u'b': [u'x\ny', 1, True, None, 1.5]}""");
    }

    [Fact]
    public void Transform_strings_print_without_prefix_and_with_python_quotes() =>
        PythonStr.Of(new JObject { ["k"] = "say \"'hi'\"" }).Should().Be("""{'k': 'say "\'hi\'"'}""");

    [Fact]
    public void A_deep_copy_keeps_marks_and_python_order()
    {
        var map = Py27.NewDict();
        Py27.Set(map, "paths", Py27.NewDict());
        Py27.Set(map, "swagger", Py27.Str("2.0", unicode: true), unicodeKey: true);
        var copy = Py27.DeepCopy(map);
        PythonStr.Of(copy).Should().Be("{'paths': {}, u'swagger': u'2.0'}");
    }

    [Fact]
    public void An_update_merges_the_key_into_a_table_sized_as_python_sizes_it()
    {
        // Orders printed by aws-sam-translator 1.110.0's Py27Dict: S0..S4 inserted, then d['AWS_IAM'] = v against
        // d.update({'AWS_IAM': v}) (the update sizes the table for the merge first).
        var set = Py27.NewDict();
        var updated = Py27.NewDict();
        foreach (var key in new[] { "S0", "S1", "S2", "S3", "S4" })
        {
            Py27.Set(set, key, 1, unicodeKey: true);
            Py27.Set(updated, key, 1, unicodeKey: true);
        }

        Py27.Set(set, "AWS_IAM", 2);
        Py27.Update(updated, "AWS_IAM", 2);

        Py27.Keys(set).Should().Equal("S3", "S2", "S1", "S0", "S4", "AWS_IAM");
        Py27.Keys(updated).Should().Equal("S3", "S2", "S1", "S0", "AWS_IAM", "S4");
        PythonStr.Of(updated).Should().Be("{u'S3': 1, u'S2': 1, u'S1': 1, u'S0': 1, 'AWS_IAM': 2, u'S4': 1}");
    }

    [Fact]
    public void A_deleted_key_leaves_the_rest_in_order()
    {
        var map = Py27.NewDict();
        foreach (var key in new[] { "swagger", "info", "paths", "securityDefinitions" })
        {
            Py27.Set(map, key, 1);
        }

        Py27.Remove(map, "securityDefinitions");
        Py27.Set(map, "components", 2);
        Py27.Keys(map).Should().BeEquivalentTo(["info", "paths", "swagger", "components"]);
        map.ContainsKey("securityDefinitions").Should().BeFalse();
    }
}
