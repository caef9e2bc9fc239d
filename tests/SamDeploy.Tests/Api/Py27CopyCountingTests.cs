using System.Globalization;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using SamDeploy.Resources.Api.Python27;
using Xunit;

namespace SamDeploy.Tests.Api;

/// <summary>
/// Editing a definition in place while counting the copies the reference would have made must give the Python 2.7
/// key orders (and so the printed text the deployment id hashes) that really copying the document gives.
/// </summary>
public sealed class Py27CopyCountingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(30)]
    [InlineData(100)]
    [InlineData(400)]
    public void Counting_copies_gives_the_orders_real_copies_give(int events) =>
        ShouldGiveTheOrdersRealCopiesGive(Document(), Document(), events, (document, path, _) => AddPath(document, path + "/{id}"));

    [Fact]
    public void The_tests_run_with_plain_edits_of_counting_documents_as_errors()
    {
        // The other tests here, and the conformance and robustness runs, rely on this switch to find plain edits.
        AppContext.TryGetSwitch(Py27.StrictCopyCountingSwitch, out var strict).Should().BeTrue();
        strict.Should().BeTrue();
    }

    [Fact]
    public void A_plain_edit_of_the_keys_of_a_map_behind_on_its_copies_is_an_error()
    {
        var counted = Document();
        Py27.StartCountingCopies(counted);
        var info = (JObject)counted["info"]!;
        _ = Py27.Keys(info);

        // A copy that does not touch "info": the map catches up with it when next used, by then too late to know
        // whether this plain edit came before or after the copy.
        Py27.CopyInPlace(counted, []);
        info["description"] = "added without Py27";

        var use = () => Py27.Keys(info);
        use.Should().Throw<InvalidOperationException>().WithMessage("*map at 'info'*Py27.Set*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(40)]
    public void A_plain_edit_before_counting_starts_gives_the_orders_real_copies_give(int events) =>
        // As the Globals plugin's OpenAPI fix once did: keys added and removed without Py27, then copies.
        ShouldGiveTheOrdersRealCopiesGive(PlainlyEdited(Document()), PlainlyEdited(Document()), events, (document, path, _) => AddPath(document, path));

    [Fact]
    public void A_plain_edit_inside_the_part_an_edit_touched_gives_the_orders_real_copies_give() =>
        ShouldGiveTheOrdersRealCopiesGive(Document(), Document(), 12, (document, path, i) => PlainlyEditedItem(AddPath(document, path), i));

    /// <summary>
    /// Edits <paramref name="copied"/> the reference's way (copy the document, edit the copy, copy the result back) and
    /// <paramref name="counted"/> in place (count the first copy, edit, count the second), once per event, and
    /// compares the printed documents. <paramref name="edit"/> returns the part it touched.
    /// </summary>
    private static void ShouldGiveTheOrdersRealCopiesGive(JObject copied, JObject counted, int events, Func<JObject, string, int, JObject> edit)
    {
        Py27.StartCountingCopies(counted);
        for (var i = 0; i < events; i++)
        {
            var path = "/items" + i.ToString(CultureInfo.InvariantCulture);
            var working = Py27.DeepCopy(copied);
            edit(working, path, i);
            copied = Py27.DeepCopy(working);

            Py27.CopyInPlace(counted, []);
            var touched = edit(counted, path, i);
            Py27.CopyInPlace(counted, [touched]);
        }

        PythonStr.Of(counted).Should().Be(PythonStr.Of(copied));
    }

    private static JObject PlainlyEdited(JObject document)
    {
        for (var i = 0; i < 9; i++)
        {
            document["x-extra-" + i.ToString(CultureInfo.InvariantCulture)] = i;
        }

        document.Remove("swagger");
        document["openapi"] = "3.0.1";
        return document;
    }

    private static JObject PlainlyEditedItem(JObject item, int seed)
    {
        for (var i = 0; i <= seed % 6; i++)
        {
            item[new[] { "post", "put", "patch", "delete", "options", "head" }[i]] = new JObject();
        }

        item.Remove("get");
        return item;
    }

    private static JObject Document()
    {
        var document = Py27.NewDict();
        Py27.Set(document, "swagger", Py27.Str("2.0", unicode: false));
        var info = Py27.NewDict();
        Py27.Set(info, "version", Py27.Str("1.0", unicode: false));
        Py27.Set(info, "title", Py27.Str("api", unicode: true));
        Py27.Set(document, "info", info);
        Py27.Set(document, "paths", Py27.NewDict());
        return document;
    }

    private static JObject AddPath(JObject document, string path)
    {
        var item = Py27.NewDict();
        var method = Py27.NewDict();
        Py27.Set(method, "x-amazon-apigateway-integration", Py27.Str("arn", unicode: false));
        Py27.Set(method, "responses", Py27.NewDict());
        Py27.Set(item, "get", method);
        Py27.Set((JObject)document["paths"]!, path, item, unicodeKey: true);
        return item;
    }
}
