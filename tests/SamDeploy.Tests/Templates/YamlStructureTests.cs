using Xunit;
using static SamDeploy.Tests.Templates.ReadHelper;

namespace SamDeploy.Tests.Templates;

/// <summary>Anchors, merge keys, comments, block scalars and non-ASCII text.</summary>
public sealed class YamlStructureTests
{
    /// <summary>An alias is a copy of its anchored node, tags included.</summary>
    [Fact]
    public void Anchors_and_aliases_expand()
    {
        var t = Read("A: &x {K: !Ref B, L: [1, 2]}\nC: *x\nD: &s text\nE: *s\n");
        Assert.Equal("{\"K\":{\"Ref\":\"B\"},\"L\":[1,2]}", Json(t["C"]));
        Assert.Equal("\"text\"", Json(t["E"]));
        Assert.NotSame(t["A"], t["C"]);
    }

    /// <summary>Merge keys: own keys win over merged ones, and earlier maps in a merge list win over later ones.</summary>
    [Fact]
    public void Merge_keys_apply()
    {
        var t = Read("Base: &b {X: 1, Y: 2}\nOther: &o {Y: 3, Z: 4}\nOne:\n  <<: *b\n  Y: 9\nMany:\n  <<: [*b, *o]\n  W: 0\n");
        Assert.Equal("{\"X\":1,\"Y\":9}", Json(t["One"]));
        Assert.Equal(1, (int)t["Many"]!["X"]!);
        Assert.Equal(2, (int)t["Many"]!["Y"]!);
        Assert.Equal(4, (int)t["Many"]!["Z"]!);
        Assert.Equal(0, (int)t["Many"]!["W"]!);
        Assert.Null(t["One"]!["<<"]);
    }

    /// <summary>Comments are ignored, including after values and inside flow collections.</summary>
    [Fact]
    public void Comments_are_ignored() =>
        Assert.Equal("{\"A\":1,\"B\":[\"x\",\"y\"],\"C\":\"v # not a comment\"}", Json(Read("# top\nA: 1 # one\nB: [x, # first\n  y]\nC: 'v # not a comment'\n")));

    /// <summary>Literal (<c>|</c>) keeps newlines; folded (<c>&gt;</c>) joins lines; chomping indicators apply.</summary>
    [Fact]
    public void Block_scalars()
    {
        var t = Read("L: |\n  line 1\n  line 2\nF: >\n  word1\n  word2\n\n  para\nS: |-\n  no newline\n");
        Assert.Equal("line 1\nline 2\n", (string?)t["L"]);
        Assert.Equal("word1 word2\npara\n", (string?)t["F"]);
        Assert.Equal("no newline", (string?)t["S"]);
    }

    /// <summary>Non-ASCII text survives, in keys and values.</summary>
    [Fact]
    public void Non_ascii_text_survives()
    {
        var t = Read("Description: \"Grüße, 日本語, emoji 🎉\"\nÄ: ünïcödé\n");
        Assert.Equal("Grüße, 日本語, emoji 🎉", (string?)t["Description"]);
        Assert.Equal("ünïcödé", (string?)t["Ä"]);
    }

    /// <summary>JSON text reads to the same tree as the equivalent YAML.</summary>
    [Fact]
    public void Json_and_yaml_give_the_same_tree() =>
        Assert.Equal(
            Json(Read("{\"A\": {\"Ref\": \"B\"}, \"N\": [1, 2.5, true, null], \"D\": \"2010-09-09\"}")),
            Json(Read("A: !Ref B\nN: [1, 2.5, true, null]\nD: 2010-09-09\n")));
}
