using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources;

/// <summary>
/// A CloudFormation resource being generated: type, attributes and properties in a fixed order.
/// Properties set to <see langword="null"/> are left out, as the reference leaves out unset properties.
/// </summary>
internal sealed class CfnResource
{
    private readonly List<KeyValuePair<string, JToken?>> _properties;
    private readonly List<KeyValuePair<string, JToken>> _attributes = [];

    /// <summary>Starts a resource.</summary>
    /// <param name="logicalId">Its logical id.</param>
    /// <param name="type">Its CloudFormation type.</param>
    /// <param name="supportsTags">Whether tag propagation fills its <c>Tags</c> list.</param>
    /// <param name="propertyCapacity">
    /// How many property names the builder may set (unset ones included, as they keep their place): the list is made
    /// that long at once instead of growing by doubling from 4, which for a function's 26-31 names left three arrays
    /// behind. The default, 8, holds most resources' names in one array.
    /// </param>
    /// <exception cref="Transform.SamTemplateException">
    /// The id is not alphanumeric (it can take text from the template: a stage name, an <c>AutoPublishCodeSha256</c>).
    /// The reference checks the id of every resource it makes when it makes it, so the resource being transformed
    /// fails there, with the generated id in the message.
    /// </exception>
    public CfnResource(string logicalId, string type, bool supportsTags = false, int propertyCapacity = 8)
    {
        if (!Templates.LogicalIds.LogicalIdText.IsAlphanumeric(logicalId))
        {
            throw Transform.TemplateErrors.Resource(logicalId, "Logical ids must be alphanumeric.");
        }

        _properties = new(propertyCapacity);
        LogicalId = logicalId;
        Type = type;
        SupportsTags = supportsTags;
    }

    public string LogicalId { get; }

    public string Type { get; }

    /// <summary>Whether the resource type has a <c>Tags</c> list that tag propagation fills.</summary>
    public bool SupportsTags { get; }

    public JToken? DependsOn { get; set; }

    /// <summary>Gets or sets a property; a null value keeps the property's place but leaves it out of the output.</summary>
    public JToken? this[string name]
    {
        get
        {
            var index = IndexOf(_properties, name);
            return index >= 0 ? _properties[index].Value : null;
        }

        set
        {
            var index = IndexOf(_properties, name);
            if (index >= 0)
            {
                _properties[index] = new(name, value);
            }
            else
            {
                _properties.Add(new(name, value));
            }
        }
    }

    /// <summary>Sets a resource attribute (Condition, DeletionPolicy, UpdatePolicy, ...).</summary>
    public void SetAttribute(string name, JToken value)
    {
        var index = IndexOf(_attributes, name);
        if (index >= 0)
        {
            _attributes[index] = new(name, value);
        }
        else
        {
            _attributes.Add(new(name, value));
        }
    }

    /// <summary>The attributes generated resources inherit from this one: Condition, DeletionPolicy, UpdateReplacePolicy.</summary>
    public IReadOnlyList<KeyValuePair<string, JToken>> PassThroughAttributes() => ResourceAttributes.PassThroughOf(_attributes);

    public JToken? GetAttribute(string name)
    {
        var index = IndexOf(_attributes, name);
        return index >= 0 ? _attributes[index].Value : null;
    }

    /// <summary>Sets every attribute of <paramref name="attributes"/>.</summary>
    public CfnResource WithAttributes(IEnumerable<KeyValuePair<string, JToken>> attributes)
    {
        foreach (var (name, value) in attributes)
        {
            SetAttribute(name, value.DeepClone());
        }

        return this;
    }

    /// <summary>
    /// Where <paramref name="name"/> is in a list of named values (properties, resource attributes), or -1. A loop:
    /// these lists are short and hot, and LINQ over <c>KeyValuePair</c> is compiled at run time on every start.
    /// </summary>
    internal static int IndexOf<T>(IReadOnlyList<KeyValuePair<string, T>> values, string name)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i].Key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The properties set so far (null values dropped), as a new map.</summary>
    /// <remarks>
    /// Added as new properties, not set through the indexer, which looks the name up first: the names are distinct
    /// (the setter replaces a name's value in place), and a value that already has a parent is copied either way.
    /// </remarks>
    public JObject PropertiesObject()
    {
        var properties = new JObject();
        foreach (var (name, value) in _properties)
        {
            if (value is not null && value.Type != JTokenType.Null)
            {
                properties.Add(new JProperty(name, value));
            }
        }

        return properties;
    }

    /// <summary>
    /// Each resource's logical id and definition, in order, as a transformer hands them back. An array filled in a
    /// loop, not LINQ into a list: generic code over <c>KeyValuePair</c> is compiled at run time on every start
    /// (README, Performance).
    /// </summary>
    public static KeyValuePair<string, JObject>[] ToJsonAll(IReadOnlyList<CfnResource> resources)
    {
        var all = new KeyValuePair<string, JObject>[resources.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = new(resources[i].LogicalId, resources[i].ToJson());
        }

        return all;
    }

    /// <summary>The resource's definition as it goes into the template.</summary>
    public JObject ToJson()
    {
        var definition = new JObject { ["Type"] = Type };
        if (Transform.Truthiness.IsTruthy(DependsOn))
        {
            definition["DependsOn"] = DependsOn;
        }

        foreach (var (name, value) in _attributes)
        {
            definition[name] = value;
        }

        definition["Properties"] = PropertiesObject();
        return definition;
    }
}
