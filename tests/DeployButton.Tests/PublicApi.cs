using System.Globalization;
using System.Reflection;
using System.Text;

namespace FleetCatalog.DeployButton.Tests;

/// <summary>
/// A stable text listing of an assembly's public surface: every public type and member with its C#-like signature,
/// nullability included, sorted, so that any change to the API shows as a line in a diff.
/// </summary>
internal static class PublicApi
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(int)] = "int", [typeof(long)] = "long", [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(double)] = "double",
    };

    public static string Describe(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var member in Members(type))
            {
                text.Append("    ").Append(member).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type switch
        {
            { IsEnum: true } => "enum",
            { IsInterface: true } => "interface",
            { IsValueType: true } => "struct",
            { IsAbstract: true, IsSealed: true } => "static class",
            { IsSealed: true } => "sealed class",
            { IsAbstract: true } => "abstract class",
            _ => "class",
        };
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(Enum) && b != typeof(ValueType))
        {
            bases.Add(Name(b, null));
        }

        bases.AddRange(type.IsEnum ? [] : type.GetInterfaces().Select(i => Name(i, null)).Order(StringComparer.Ordinal));
        return $"public {kind} {type.FullName}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty)}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        // Enum members in value order (the values are part of the contract); other members by name, then signature.
        if (type.IsEnum)
        {
            return type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (Value: Convert.ToInt64(f.GetRawConstantValue(), CultureInfo.InvariantCulture), f.Name))
                .OrderBy(f => f.Value)
                .Select(f => $"{f.Name} = {f.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        return type.GetMembers(Declared)
            .Select(m => (m.Name, Line: Member(m) is { } line ? Attributes(m.CustomAttributes) + line : null))
            .Where(m => m.Line is not null)
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Line, StringComparer.Ordinal)
            .Select(m => m.Line!);
    }

    private static string? Member(MemberInfo member) => member switch
    {
        ConstructorInfo c => $"public {(c.IsStatic ? "static " : string.Empty)}{c.DeclaringType!.Name}({Parameters(c)})",
        MethodInfo m when !m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal) =>
            $"public {Modifiers(m)}{Name(m.ReturnType, Nullability.Create(m.ReturnParameter))} {m.Name}{GenericArguments(m)}({Parameters(m)})",
        PropertyInfo p => $"public {Modifiers(p.GetMethod ?? p.SetMethod!)}{Name(p.PropertyType, Nullability.Create(p))} {p.Name} {{ {Accessors(p)} }}",
        FieldInfo { IsLiteral: true } f => $"public const {Name(f.FieldType, null)} {f.Name} = {Literal(f.GetRawConstantValue())}",
        FieldInfo f => $"public {(f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType, Nullability.Create(f))} {f.Name}",
        EventInfo e => $"public event {Name(e.EventHandlerType!, Nullability.Create(e))} {e.Name}",
        Type nested => $"public nested {nested.Name}",
        _ => null,
    };

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        return overrides ? "override " : method.IsVirtual && !method.IsFinal ? "virtual " : string.Empty;
    }

    private static string Accessors(PropertyInfo property)
    {
        var accessors = new List<string>();
        if (property.GetMethod is { IsPublic: true })
        {
            accessors.Add("get;");
        }

        if (property.SetMethod is { IsPublic: true } setter)
        {
            var init = setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");
            accessors.Add(init ? "init;" : "set;");
        }

        return string.Join(' ', accessors);
    }

    // Nullable-flow attributes ([NotNullWhen(true)], [MemberNotNullWhen(...)]) are part of what callers rely on.
    private static string Attributes(IEnumerable<CustomAttributeData> attributes) => string.Concat(attributes
        .Where(a => a.AttributeType.Namespace == "System.Diagnostics.CodeAnalysis")
        .Select(a => $"[{a.AttributeType.Name[..^"Attribute".Length]}({string.Join(", ", a.ConstructorArguments.Select(Argument))})] "));

    private static string Argument(CustomAttributeTypedArgument argument) =>
        argument.Value is IReadOnlyCollection<CustomAttributeTypedArgument> items ? $"[{string.Join(", ", items.Select(Argument))}]" : Literal(argument.Value);

    private static string GenericArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : string.Empty;

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(p =>
    {
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var modifier = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty;
        var attributes = Attributes(p.CustomAttributes);
        var value = p.HasDefaultValue ? " = " + Literal(p.DefaultValue, type) : string.Empty;
        return $"{attributes}{modifier}{Name(type, Nullability.Create(p))} {p.Name}{value}";
    }));

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying, null) + "?";
        }

        var nullable = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + nullable;
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword + nullable;
        }

        if (!type.IsGenericType)
        {
            return (type.IsGenericParameter ? type.Name : type.FullName ?? type.Name) + nullable;
        }

        var arguments = type.GetGenericArguments()
            .Select((a, i) => Name(a, nullability is { GenericTypeArguments.Length: > 0 } n ? n.GenericTypeArguments[i] : null));
        var name = type.GetGenericTypeDefinition().FullName!;
        return $"{name[..name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", arguments)}>{nullable}";
    }

    private static string Literal(object? value, Type? type = null) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ when type is { IsEnum: true } => $"{type.Name}.{Enum.GetName(type, value)}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
