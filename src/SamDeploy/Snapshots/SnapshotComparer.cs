using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace SamDeploy.Snapshots;

/// <summary>
/// Compares two JSON trees by meaning: object key order and formatting do not matter, array order does, and numbers
/// compare by value (<c>1</c> equals <c>1.0</c>), while a number never equals a string (<c>1</c> is not <c>"1"</c>).
/// </summary>
public static partial class SnapshotComparer
{
    /// <summary>Compares an output with its approved snapshot.</summary>
    /// <param name="approved">The approved tree.</param>
    /// <param name="actual">The output.</param>
    /// <returns>Whether they are equal, and every difference by path.</returns>
    public static SnapshotComparison Compare(JToken approved, JToken actual)
    {
        ArgumentNullException.ThrowIfNull(approved);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = ImmutableArray.CreateBuilder<SnapshotDifference>();
        Walk(string.Empty, approved, actual, differences);
        return new SnapshotComparison(differences.ToImmutable());
    }

    private static void Walk(string path, JToken approved, JToken actual, ImmutableArray<SnapshotDifference>.Builder differences)
    {
        switch (approved, actual)
        {
            case (JObject a, JObject b):
                foreach (var property in a.Properties())
                {
                    var childPath = Child(path, property.Name);
                    if (b.Property(property.Name, StringComparison.Ordinal) is { } other)
                    {
                        Walk(childPath, property.Value, other.Value, differences);
                    }
                    else
                    {
                        differences.Add(new SnapshotDifference(childPath, SnapshotDifferenceKind.Missing, property.Value, null));
                    }
                }

                foreach (var property in b.Properties())
                {
                    if (a.Property(property.Name, StringComparison.Ordinal) is null)
                    {
                        differences.Add(new SnapshotDifference(Child(path, property.Name), SnapshotDifferenceKind.Added, null, property.Value));
                    }
                }

                break;
            case (JArray a, JArray b):
                for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
                {
                    var childPath = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    if (i >= b.Count)
                    {
                        differences.Add(new SnapshotDifference(childPath, SnapshotDifferenceKind.Missing, a[i], null));
                    }
                    else if (i >= a.Count)
                    {
                        differences.Add(new SnapshotDifference(childPath, SnapshotDifferenceKind.Added, null, b[i]));
                    }
                    else
                    {
                        Walk(childPath, a[i], b[i], differences);
                    }
                }

                break;
            default:
                if (!SameValue(approved, actual))
                {
                    differences.Add(new SnapshotDifference(path, SnapshotDifferenceKind.Changed, approved, actual));
                }

                break;
        }
    }

    /// <summary>Leaf equality: numbers by value, everything else by kind and value.</summary>
    private static bool SameValue(JToken approved, JToken actual)
    {
        if (approved is JValue { Type: JTokenType.Integer or JTokenType.Float } a && actual is JValue { Type: JTokenType.Integer or JTokenType.Float } b)
        {
            return a.Type == b.Type
                ? JToken.DeepEquals(a, b)
                : Convert.ToDouble(a.Value, CultureInfo.InvariantCulture).Equals(Convert.ToDouble(b.Value, CultureInfo.InvariantCulture));
        }

        return approved.Type == actual.Type && JToken.DeepEquals(approved, actual);
    }

    /// <summary>Appends a key: <c>.Name</c> for plain keys (CloudFormation's <c>Fn::GetAtt</c> included), <c>['a.b']</c> otherwise.</summary>
    private static string Child(string path, string key)
    {
        if (PlainKey().IsMatch(key))
        {
            return path.Length == 0 ? key : path + "." + key;
        }

        var escaped = key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
        return path + "['" + escaped + "']";
    }

    [GeneratedRegex("^[A-Za-z0-9_:-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainKey();
}
