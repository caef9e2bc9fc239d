using System.Diagnostics;
using System.Globalization;
using System.Text;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Diagnostics;
using SamDeploy.Templates.Reading;
using SamDeploy.Transform;
using Xunit;
using Xunit.Abstractions;

namespace SamDeploy.Tests.Robustness;

/// <summary>
/// Each input limit of <see cref="TransformOptions"/> rejects what is over it with one clear SAM0040 diagnostic, lets
/// through what is under it, and can be changed; the YAML alias bomb is rejected quickly in bounded memory.
/// </summary>
public sealed class LimitTests(ITestOutputHelper output)
{
    private const string Function = """
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              CodeUri: s3://bucket/key
              Handler: index.handler
              Runtime: python3.12

        """;

    [Fact]
    public void Input_size_over_the_default_limit_is_rejected_before_parsing()
    {
        var text = Function + "Metadata:\n  Padding: " + new string('x', 1024 * 1024) + "\n";

        var result = new SamTransformer().Transform(text, "big.yaml");

        var diagnostic = SingleLimit(result);
        diagnostic.Message.Should().Be(string.Create(CultureInfo.InvariantCulture, $"The template is {text.Length} characters long, more than the limit of 1048576 (TransformOptions.Limits.MaxTextLength)."));
        diagnostic.Span.Should().Be(new SourceSpan("big.yaml", 1, 1));
    }

    [Fact]
    public void Input_size_limit_is_configurable()
    {
        var text = Function + "Metadata:\n  Padding: " + new string('x', 2000) + "\n";
        var strict = new SamTransformer(new TransformOptions { Limits = new ReaderOptions { MaxTextLength = 1000 } });
        var generous = new SamTransformer(new TransformOptions { Limits = new ReaderOptions { MaxTextLength = 10_000 } });

        SingleLimit(strict.Transform(text)).Message.Should().Contain("more than the limit of 1000");
        generous.Transform(text).Success.Should().BeTrue();
    }

    [Theory]
    [InlineData("yaml", 300)]
    [InlineData("flow", 100_000)]
    [InlineData("json", 100_000)]
    public void Nesting_deeper_than_the_limit_is_rejected_with_its_position(string style, int depth)
    {
        var text = Nested(style, depth);

        var result = new SamTransformer().Transform(text, "deep.yaml");

        var diagnostic = SingleLimit(result);
        diagnostic.Message.Should().Be("The template nests maps and lists more than 200 levels deep (TransformOptions.Limits.MaxDepth).");
        diagnostic.Span!.Line.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Nesting_limit_is_configurable_and_a_template_within_it_transforms()
    {
        var text = Function + "Metadata:\n  Deep: " + Nested("flow", 150) + "\n";

        new SamTransformer().Transform(text).Success.Should().BeTrue("150 levels are within the default 200");
        SingleLimit(new SamTransformer(new TransformOptions { Limits = new ReaderOptions { MaxDepth = 100 } }).Transform(text))
            .Message.Should().Contain("more than 100 levels deep");
    }

    [Fact]
    public void Nesting_limit_applies_to_a_tree_the_caller_built()
    {
        JToken deep = new JValue("leaf");
        for (var i = 0; i < 10_000; i++)
        {
            deep = new JArray(deep);
        }

        var template = JObject.Parse("""{"Transform": "AWS::Serverless-2016-10-31", "Resources": {"Fn": {"Type": "AWS::Serverless::Function", "Properties": {"CodeUri": "s3://b/k", "Handler": "h", "Runtime": "python3.12"}}}}""");
        template["Metadata"] = new JObject { ["Deep"] = deep };

        var diagnostic = SingleLimit(new SamTransformer().Transform(template));

        diagnostic.Message.Should().Be("The template nests maps and lists more than 200 levels deep (TransformOptions.Limits.MaxDepth).");
    }

    [Fact]
    public void Billion_laughs_alias_bomb_is_rejected_quickly_in_bounded_memory()
    {
        var text = BillionLaughs();
        text.Length.Should().BeLessThan(2000, "the bomb is tiny as text");

        GC.Collect();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = new SamTransformer().Transform(text, "bomb.yaml");
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        output.WriteLine($"Alias bomb (10^9 nodes if expanded): rejected in {clock.Elapsed.TotalMilliseconds:F1} ms, {allocated / 1024.0:F0} KB allocated.");
        var diagnostic = SingleLimit(result);
        diagnostic.Message.Should().Be("The template has more than 1000000 nodes once YAML aliases are expanded (TransformOptions.Limits.MaxNodes).");
        diagnostic.Span!.File.Should().Be("bomb.yaml");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        allocated.Should().BeLessThan(200L * 1024 * 1024);
    }

    [Fact]
    public void Alias_expansion_limit_is_configurable()
    {
        var text = Function + "Metadata:\n  A: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n  B: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n";

        new SamTransformer().Transform(text).Success.Should().BeTrue();
        SingleLimit(new SamTransformer(new TransformOptions { Limits = new ReaderOptions { MaxNodes = 100 } }).Transform(text))
            .Message.Should().Contain("more than 100 nodes");
    }

    [Fact]
    public void Number_of_resources_over_the_limit_is_rejected_with_the_position_of_Resources()
    {
        var text = ManyResources(5001);

        var result = new SamTransformer().Transform(text, "many.yaml");

        var diagnostic = SingleLimit(result);
        diagnostic.Message.Should().Be("The template declares 5001 resources, more than the limit of 5000 (TransformOptions.MaxResources).");
        diagnostic.Span.Should().Be(new SourceSpan("many.yaml", 3, 3));
    }

    [Fact]
    public void Number_of_resources_limit_is_configurable_and_the_default_admits_5000()
    {
        new SamTransformer().Transform(ManyResources(5000)).Success.Should().BeTrue();
        SingleLimit(new SamTransformer(new TransformOptions { MaxResources = 10 }).Transform(ManyResources(11)))
            .Message.Should().Contain("more than the limit of 10");
    }

    [Fact]
    public void Limit_diagnostics_read_as_one_line_from_the_CLI_formatter()
    {
        var result = new SamTransformer(new TransformOptions { MaxResources = 1 }).Transform(ManyResources(2), "t.yaml");

        result.ErrorMessage.Should().Be("The template declares 2 resources, more than the limit of 1 (TransformOptions.MaxResources).");
        result.Diagnostics.Single().ToString().Should().Be("t.yaml(3,3): error SAM0040: The template declares 2 resources, more than the limit of 1 (TransformOptions.MaxResources).");
    }

    [Fact]
    public void Huge_integers_are_read_in_linear_time()
    {
        var digits = new string('7', 300_000);
        var text = Function + "Metadata:\n  Octal: 0" + digits + "\n  Hex: 0x" + digits + "\n  Decimal: " + digits + "\n";

        var clock = Stopwatch.StartNew();
        var result = new SamTransformer().Transform(text);
        clock.Stop();

        output.WriteLine($"Three 300,000-digit integers: {clock.ElapsedMilliseconds} ms.");
        result.Success.Should().BeTrue();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    internal static string BillionLaughs()
    {
        var text = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nMetadata:\n  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level <= 8; level++)
        {
            var previous = "*l" + (level - 1).ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"  l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(previous, 10))}]\n");
        }

        text.Append("Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Metadata: *l8\n");
        return text.ToString();
    }

    private static string ManyResources(int count)
    {
        var text = new StringBuilder("Transform: AWS::Serverless-2016-10-31\nResources:\n");
        text.Append("  Fn: {Type: AWS::Serverless::Function, Properties: {CodeUri: s3://b/k, Handler: h, Runtime: python3.12}}\n");
        for (var i = 1; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  Topic{i}: {{Type: AWS::SNS::Topic}}\n");
        }

        return text.ToString();
    }

    private static string Nested(string style, int depth) => style switch
    {
        "yaml" => Function + "Metadata:\n" + string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', 2 * (i + 1)) + "k:\n")) + new string(' ', 2 * (depth + 1)) + "v\n",
        "flow" => new string('[', depth) + new string(']', depth),
        _ => "{\"Resources\": " + string.Concat(Enumerable.Repeat("{\"a\": ", depth)) + "1" + new string('}', depth) + "}",
    };

    private static Diagnostic SingleLimit(TransformResult result)
    {
        result.Success.Should().BeFalse();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Id.Should().Be("SAM0040");
        diagnostic.Kind.Should().Be(DiagnosticKind.Limit);
        diagnostic.Span.Should().NotBeNull();
        return diagnostic;
    }
}
