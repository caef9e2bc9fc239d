using System.Reflection;
using System.Text;
using SamDeploy.Tests.TestData;
using SamDeploy.Transform;
using Xunit;

namespace SamDeploy.Tests.Packaging;

/// <summary>
/// The SamDeploy package's public API is tracked in <c>PublicApi.approved.txt</c>: every public type and member, one per
/// line. A change to the API fails here until the approved file is updated (review <c>PublicApi.approved.received.txt</c>
/// and rename it, or run with <c>SAMDEPLOY_APPROVE=1</c>), so API changes are deliberate and visible in review.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_approved_one()
    {
        var approved = Path.Combine(Corpus.RepositoryRoot, "tests", "SamDeploy.Tests", "Packaging", "PublicApi.approved.txt");
        ApprovedFile.Verify(approved, Describe(typeof(SamTransformer).Assembly));
    }

    [Fact]
    public void Every_public_type_lives_in_a_samdeploy_namespace()
    {
        var stray = typeof(SamTransformer).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is null || !t.Namespace.StartsWith("SamDeploy.", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(stray);
    }

    /// <summary>The API as sorted lines: each public type, then its public and protected members.</summary>
    internal static string Describe(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            var typeName = Name(type);
            lines.Add(typeName + " : " + Kind(type));
            const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(flags))
            {
                if (Visible(member) && !member.Name.Contains('<', StringComparison.Ordinal) && Describe(member) is { } description)
                {
                    lines.Add(typeName + " :: " + description);
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static string Kind(Type type) =>
        type.IsEnum ? "enum"
        : type.IsInterface ? "interface"
        : type.IsValueType ? "struct"
        : type.IsAbstract && type.IsSealed ? "static class"
        : (type.IsSealed ? "sealed " : type.IsAbstract ? "abstract " : string.Empty) + "class"
          + (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) ? " : " + Name(b) : string.Empty)
          + string.Concat(type.GetInterfaces().Where(i => i.IsPublic).Select(Name).Order(StringComparer.Ordinal).Select(i => ", " + i));

    private static bool Visible(MemberInfo member) => member switch
    {
        MethodBase m => (m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly) && !(m.IsSpecialName && (m.Name.StartsWith("get_", StringComparison.Ordinal) || m.Name.StartsWith("set_", StringComparison.Ordinal) || m.Name.StartsWith("add_", StringComparison.Ordinal) || m.Name.StartsWith("remove_", StringComparison.Ordinal))),
        FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false, // nested types are listed as types
    };

    private static string? Describe(MemberInfo member) => member switch
    {
        ConstructorInfo c => (c.IsStatic ? "static " : string.Empty) + ".ctor(" + Parameters(c) + ")",
        MethodInfo m => (m.IsStatic ? "static " : string.Empty) + (m.IsAbstract ? "abstract " : m.IsVirtual && !m.IsFinal ? "virtual " : string.Empty)
            + Name(m.ReturnType) + " " + m.Name + (m.IsGenericMethod ? "<" + string.Join(", ", m.GetGenericArguments().Select(Name)) + ">" : string.Empty) + "(" + Parameters(m) + ")",
        FieldInfo f => (f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty) + Name(f.FieldType) + " " + f.Name
            + (f.IsLiteral && !f.DeclaringType!.IsEnum ? " = " + Convert.ToString(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
        PropertyInfo p => Name(p.PropertyType) + " " + p.Name + " {" + Accessors(p) + " }",
        EventInfo e => "event " + Name(e.EventHandlerType!) + " " + e.Name,
        _ => null,
    };

    private static string Accessors(PropertyInfo property)
    {
        var text = new StringBuilder();
        if (property.GetMethod is { } get && (get.IsPublic || get.IsFamily))
        {
            text.Append(" get;");
        }

        if (property.SetMethod is { } set && (set.IsPublic || set.IsFamily))
        {
            var isInit = set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
            text.Append(isInit ? " init;" : " set;");
        }

        return text.ToString();
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)
            + (p.GetCustomAttributes(typeof(ParamArrayAttribute), false).Length > 0 ? "params " : string.Empty)
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) + " " + p.Name
            + (p.HasDefaultValue ? " = " + DefaultValue(p) : string.Empty)));

    private static string DefaultValue(ParameterInfo parameter) => parameter.DefaultValue switch
    {
        null => parameter.ParameterType.IsValueType ? "default" : "null",
        string text => "\"" + text + "\"",
        bool flag => flag ? "true" : "false",
        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string Name(Type type)
    {
        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        var name = type.IsNested ? Name(type.DeclaringType!) + "+" + type.Name : type.Namespace + "." + type.Name;
        if (!type.IsGenericType)
        {
            return name;
        }

        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick >= 0 ? name[..tick] : name) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">";
    }
}
