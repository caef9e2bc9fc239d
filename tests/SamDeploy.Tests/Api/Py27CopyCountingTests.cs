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
    public void Counting_copies_gives_the_orders_real_copies_give(int events)
    {
        var copied = Document();
        var counted = Document();
        Py27.StartCountingCopies(counted);

        for (var i = 0; i < events; i++)
        {
            var path = "/items" + i.ToString(CultureInfo.InvariantCulture) + "/{id}";

            // The reference: copy the document, add the path to the copy, copy the result back.
            var working = Py27.DeepCopy(copied);
            AddPath(working, path);
            copied = Py27.DeepCopy(working);

            // In place: count the first copy, add the path, count the second.
            Py27.CopyInPlace(counted, []);
            var item = AddPath(counted, path);
            Py27.CopyInPlace(counted, [item]);
        }

        PythonStr.Of(counted).Should().Be(PythonStr.Of(copied));
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
