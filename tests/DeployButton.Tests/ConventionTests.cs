using System.Reflection;

namespace FleetCatalog.DeployButton.Tests;

/// <summary>What makes the library safe to copy into any project: nothing but the base class library, and immutable public types.</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(DeployUrl).Assembly;

    [Fact]
    public void The_library_references_only_the_base_class_library()
    {
        var references = Library.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib",
            $"DeployButton references {name}; it must depend on nothing but the base class library"));
    }

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        var classes = Library.GetExportedTypes().Where(t => t.IsClass).ToList();

        Assert.NotEmpty(classes);
        Assert.All(classes, t => Assert.True(t.IsSealed, $"{t.FullName} should be sealed (or static)"));
    }

    [Fact]
    public void Public_types_are_immutable()
    {
        var flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
        foreach (var type in Library.GetExportedTypes().Where(t => !t.IsEnum))
        {
            Assert.All(type.GetProperties(flags), p => Assert.False(p.SetMethod is { IsPublic: true }, $"{type.Name}.{p.Name} has a public setter"));
            Assert.All(type.GetFields(flags), f => Assert.True(f.IsLiteral || f.IsInitOnly, $"{type.Name}.{f.Name} is a writable field"));
            Assert.Empty(type.GetConstructors());
        }
    }

    [Fact]
    public void The_library_is_trimmable_and_aot_compatible()
    {
        var metadata = Library.GetCustomAttributes<AssemblyMetadataAttribute>().ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

        Assert.Equal("True", metadata.GetValueOrDefault("IsTrimmable"));
    }
}
