using Newtonsoft.Json.Linq;
using Xunit;

namespace SamDeploy.Conformance.Harness;

/// <summary>Pins the pieces that reproduce the reference harness's Python behaviour (values checked against CPython 3).</summary>
public sealed class HarnessSelfTests
{
    /// <summary>Floats are written as Python's <c>repr</c> writes them.</summary>
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(2.5e-7, "2.5e-07")]
    [InlineData(-3.0, "-3.0")]
    [InlineData(12345.678, "12345.678")]
    public void Float_repr_matches_python(double value, string expected) =>
        Assert.Equal(expected, PythonJson.FloatRepr(value));

    /// <summary><c>json.dumps(sort_keys=True)</c>: separators, key order, ASCII escaping, literals.</summary>
    [Fact]
    public void Dumps_matches_python()
    {
        var token = JToken.Parse("{\"b\": [true, null, 1.5, 2], \"a\": \"é\\u0001\\\"\", \"B\": {}}");
        Assert.Equal("{\"B\": {}, \"a\": \"\\u00e9\\u0001\\\"\", \"b\": [true, null, 1.5, 2]}", PythonJson.Dumps(token));
    }

    /// <summary>Lists sort as <c>custom_list_data_comparator</c> sorts them: dicts by JSON text, mixed types by type name.</summary>
    [Fact]
    public void Deep_sort_matches_python()
    {
        // sorted(["b", {"k": 2}, 3, {"k": 1}, [2], [1], None, "a", True], key=cmp_to_key(custom_list_data_comparator))
        // in CPython 3 gives [None, True, {'k': 1}, {'k': 2}, 3, [1], [2], 'a', 'b'] for this input order
        // (the comparator is not transitive across types, so only timsort's exact steps give this).
        var input = JArray.Parse("[\"b\", {\"k\": 2}, 3, {\"k\": 1}, [2], [1], null, \"a\", true]");
        var sorted = DeepSort.Sort(input);
        Assert.Equal("[null, true, {\"k\": 1}, {\"k\": 2}, 3, [1], [2], \"a\", \"b\"]", PythonJson.Dumps(sorted));
    }

    /// <summary>Python equality: <c>1 == 1.0 == True</c>, but not <c>"1" == 1</c>.</summary>
    [Fact]
    public void Equality_is_python_equality()
    {
        Assert.True(PythonValues.Equal(JToken.Parse("[1, {\"a\": 2.0}]"), JToken.Parse("[1.0, {\"a\": 2}]")));
        Assert.True(PythonValues.Equal(new JValue(true), new JValue(1)));
        Assert.False(PythonValues.Equal(new JValue("1"), new JValue(1)));
    }

    /// <summary>A mismatch is described path by path.</summary>
    [Fact]
    public void Diff_names_paths()
    {
        var expected = JObject.Parse("{\"Resources\": {\"FnRole\": {\"Properties\": {\"ManagedPolicyArns\": [\"arn:a\"], \"Gone\": 1}}}}");
        var actual = JObject.Parse("{\"Resources\": {\"FnRole\": {\"Properties\": {\"ManagedPolicyArns\": [\"arn:b\"], \"New\": 2}}}}");
        Assert.Equal(
            [
                "Resources.FnRole.Properties.ManagedPolicyArns[0]: expected \"arn:a\" but was \"arn:b\"",
                "Resources.FnRole.Properties.Gone: missing key (expected 1)",
                "Resources.FnRole.Properties.New: unexpected key (was 2)",
            ],
            TreeDiff.Describe(expected, actual));
    }

    /// <summary>The harness rewrites <c>u'abc'</c> to <c>'abc'</c> in the actual message.</summary>
    [Fact]
    public void Message_normalisation_matches_harness() =>
        Assert.Equal("Type of property 'a1' is u'b c'", CaseRunner.NormaliseMessage("Type of property u'a1' is u'b c'"));
}
