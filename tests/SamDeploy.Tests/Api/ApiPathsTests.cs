using System.Text;
using System.Text.RegularExpressions;
using FluentAssertions;
using SamDeploy.Resources.Api;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>
/// The path rewrites written out in <see cref="ApiPaths"/> behave as the reference's regular expressions (run here
/// with .NET's, whose <c>.</c> and <c>$</c> treat line breaks as Python's do), on hand-picked and random paths.
/// </summary>
public class ApiPathsTests
{
    private static readonly Regex TrailingSlash = new("^(.+)/$", RegexOptions.CultureInvariant);
    private static readonly Regex RestParameter = new(@"{([a-zA-Z0-9._-]+|[a-zA-Z0-9._-]+\+|proxy\+)}", RegexOptions.CultureInvariant);
    private static readonly Regex HttpParameter = new(@"{([a-zA-Z0-9._-]+|proxy\+)}", RegexOptions.CultureInvariant);
    private static readonly Regex AnyParameter = new("{(.*?)}", RegexOptions.CultureInvariant);

    public static TheoryData<string> Paths =>
    [
        "", "/", "//", "/a/", "/a", "a/", "/a/\n", "/\n", "/a\n/", "\n/a/", "/a/b/\n\n",
        "/{id}", "/{id}/", "/items/{id}/{proxy+}", "/{proxy+}", "/{a+}", "/{a++}", "/{xproxy+}", "/{}", "/{{id}}",
        "/{a.b_c-d}", "/{a b}", "/{a\n}", "/{a{b}", "/{é}", "/{id", "/id}", "/{id}{id}", "/{+}", "/{proxy}",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Hand_picked_paths_rewrite_as_the_expressions_do(string path) => AllAgree(path);

    [Fact]
    public void Random_paths_rewrite_as_the_expressions_do()
    {
        const string alphabet = "{}+/\n\ra.-_xZ9 proxyé";
        var random = new Random(20261202);
        for (var i = 0; i < 20_000; i++)
        {
            var path = new StringBuilder();
            for (var length = random.Next(0, 14); length > 0; length--)
            {
                path.Append(random.Next(4) == 0 ? "proxy" : alphabet[random.Next(alphabet.Length)].ToString());
            }

            AllAgree(path.ToString());
        }
    }

    [Fact]
    public void Parameters_become_wildcards_and_one_trailing_slash_goes()
    {
        ApiPaths.TrimTrailingSlash("/items/{id}/").Should().Be("/items/{id}");
        ApiPaths.RestParametersAsWildcards("/items/{id}/{proxy+}").Should().Be("/items/*/*");
        ApiPaths.HttpParametersAsWildcards("/items/{id}/{rest+}").Should().Be("/items/*/{rest+}");
        ApiPaths.ParameterNames("/a/{id}/{b}").Should().Equal("id", "b");
    }

    private static void AllAgree(string path)
    {
        var shown = path.Replace("\n", "\\n", StringComparison.Ordinal);
        ApiPaths.TrimTrailingSlash(path).Should().Be(TrailingSlash.Replace(path, "$1"), "the trailing slash of '{0}'", shown);
        ApiPaths.RestParametersAsWildcards(path).Should().Be(RestParameter.Replace(path, "*"), "the REST parameters of '{0}'", shown);
        ApiPaths.HttpParametersAsWildcards(path).Should().Be(HttpParameter.Replace(path, "*"), "the HTTP parameters of '{0}'", shown);
        ApiPaths.ParameterNames(path).Should().Equal(AnyParameter.Matches(path).Select(m => m.Groups[1].Value), "the parameter names of '{0}'", shown);
    }
}
