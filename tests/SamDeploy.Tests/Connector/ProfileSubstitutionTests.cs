using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Connector;
using Xunit;

namespace SamDeploy.Tests.Connector;

public class ProfileSubstitutionTests
{
    private static readonly KeyValuePair<string, JToken?>[] Values =
    [
        new("Source.Arn", new JObject { ["Fn::GetAtt"] = new JArray("Fn", "Arn") }),
        new("Destination.Name", null),
        new("Destination.Arn", "arn:aws:sqs:x"),
    ];

    [Fact]
    public void A_whole_placeholder_becomes_the_value_itself()
    {
        var filled = ProfileSubstitution.Replace(new JObject { ["Resource"] = "%{Source.Arn}" }, Values);

        filled.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"Resource":{"Fn::GetAtt":["Fn","Arn"]}}""");
    }

    [Fact]
    public void A_placeholder_among_text_becomes_a_sub_variable()
    {
        var filled = ProfileSubstitution.Replace(new JArray("%{Source.Arn}/stream/*"), Values);

        filled.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""[{"Fn::Sub":["${SourceArn}/stream/*",{"SourceArn":{"Fn::GetAtt":["Fn","Arn"]}}]}]""");
    }

    [Fact]
    public void Text_with_cloudformation_variables_only_becomes_a_plain_sub()
    {
        var filled = ProfileSubstitution.Replace("arn:${AWS::Partition}:events:x", Values);

        filled.ToString(Newtonsoft.Json.Formatting.None).Should().Be("""{"Fn::Sub":"arn:${AWS::Partition}:events:x"}""");
    }

    [Fact]
    public void A_missing_value_in_use_is_reported_by_name()
    {
        var act = () => ProfileSubstitution.Replace("execution:%{Destination.Name}:*", Values);

        act.Should().Throw<ConnectorException>().WithMessage("Destination.Name is missing.");
    }

    [Fact]
    public void Placeholders_left_over_are_listed_like_the_reference()
    {
        ProfileSubstitution.UnreplacedMessage(new JArray("%{Foo.Bar}", "x")).Should().Be("The following variables have not been replaced: ['%{Foo.Bar}']");
        ProfileSubstitution.UnreplacedMessage(new JArray("x")).Should().BeNull();
    }

    [Fact]
    public void A_placeholder_in_a_key_is_reported_too() =>
        ProfileSubstitution.UnreplacedMessage(new JObject { ["%{Source.Name}"] = "x" })
            .Should().Be("The following variables have not been replaced: ['%{Source.Name}']");

    [Fact]
    public void Sub_variables_are_found_as_the_references_expression_finds_them()
    {
        var expression = new Regex(@"\$\{.+\}", RegexOptions.CultureInvariant);
        const string alphabet = "${}\nab";
        var random = new Random(20261202);
        foreach (var text in new[] { "", "${", "${}", "${a}", "${\n}", "$${a}", "${a\n}}", "x${a}y", "${{}", "${a" })
        {
            ProfileSubstitution.HoldsSubVariable(text).Should().Be(expression.IsMatch(text), "'{0}'", text);
        }

        for (var i = 0; i < 20_000; i++)
        {
            var text = new StringBuilder();
            for (var length = random.Next(0, 10); length > 0; length--)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var value = text.ToString();
            ProfileSubstitution.HoldsSubVariable(value).Should().Be(expression.IsMatch(value), "'{0}'", value.Replace("\n", "\\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Leftover_placeholders_are_found_as_the_expression_over_the_json_text_finds_them()
    {
        var expression = new Regex(@"%\{[\w\.]+\}", RegexOptions.CultureInvariant);
        var random = new Random(20261202);
        for (var i = 0; i < 5_000; i++)
        {
            var value = RandomValue(random, depth: 0);
            var matches = expression.Matches(value.ToString(Newtonsoft.Json.Formatting.None)).Select(m => "'" + m.Value + "'").ToList();
            var expected = matches.Count == 0 ? null : "The following variables have not been replaced: [" + string.Join(", ", matches) + "]";
            ProfileSubstitution.UnreplacedMessage(value).Should().Be(expected, value.ToString(Newtonsoft.Json.Formatting.None));
        }

        // A string value whose text is null, which the template reader never makes, has no placeholder either.
        ProfileSubstitution.UnreplacedMessage(new JObject { ["x"] = (string?)null }).Should().BeNull();
    }

    private static JToken RandomValue(Random random, int depth)
    {
        string[] pieces = ["%{", "}", "%", "{", "a.b", "A_1", "%{Source.Arn}", "%{a", "\"", "\\", "\n", " ", "x"];
        string Text() => string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
        switch (depth < 3 ? random.Next(6) : random.Next(2, 6))
        {
            case 0:
                var map = new JObject();
                for (var n = random.Next(0, 4); n > 0; n--)
                {
                    map[Text()] = RandomValue(random, depth + 1);
                }

                return map;
            case 1:
                return new JArray(Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, depth + 1)));
            case 2:
                return random.Next(2) == 0 ? new JValue(random.Next(-5, 100)) : new JValue(random.Next(2) == 0);
            case 3:
                return JValue.CreateNull();
            default:
                return new JValue(Text());
        }
    }
}
