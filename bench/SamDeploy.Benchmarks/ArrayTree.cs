using Newtonsoft.Json.Linq;

namespace SamDeploy.Benchmarks;

/// <summary>
/// A minimal JSON tree for <see cref="DocumentModelFloorBenchmarks"/>: a map holds its names and values in two arrays,
/// a list its items in one, a scalar its value; every node knows its parent, as a document model that reports
/// positions and edits in place must. No lookup table, no annotations, no change events.
/// </summary>
public static class ArrayTree
{
    /// <summary>A node.</summary>
    public abstract class Node
    {
        /// <summary>The node holding this one.</summary>
        public Node? Parent { get; internal set; }
    }

    /// <summary>A map: names and values, in order.</summary>
    public sealed class Map(string[] names, Node[] values) : Node
    {
        /// <summary>The keys.</summary>
        public string[] Names { get; } = names;

        /// <summary>The values, in the order of <see cref="Names"/>.</summary>
        public Node[] Values { get; } = values;
    }

    /// <summary>A list.</summary>
    public sealed class List(Node[] items) : Node
    {
        /// <summary>The items.</summary>
        public Node[] Items { get; } = items;
    }

    /// <summary>A string, number, boolean or null.</summary>
    public sealed class Scalar(object? value) : Node
    {
        /// <summary>The value.</summary>
        public object? Value { get; } = value;
    }

    /// <summary>The tree of a Newtonsoft value.</summary>
    public static Node From(JToken token) => token switch
    {
        JObject map => Adopt(new Map([.. map.Properties().Select(p => p.Name)], [.. map.PropertyValues().Select(From)])),
        JArray list => Adopt(new List([.. list.Select(From)])),
        JValue scalar => new Scalar(scalar.Value),
        _ => throw new ArgumentException("Unexpected token " + token.Type, nameof(token)),
    };

    /// <summary>A deep copy.</summary>
    public static Node Copy(Node node) => node switch
    {
        Map map => Adopt(new Map((string[])map.Names.Clone(), Array.ConvertAll(map.Values, Copy))),
        List list => Adopt(new List(Array.ConvertAll(list.Items, Copy))),
        Scalar scalar => new Scalar(scalar.Value),
        _ => throw new ArgumentException("Unexpected node", nameof(node)),
    };

    private static Node Adopt(Node container)
    {
        var children = container switch
        {
            Map map => map.Values,
            List list => list.Items,
            _ => [],
        };

        foreach (var child in children)
        {
            child.Parent = container;
        }

        return container;
    }
}
