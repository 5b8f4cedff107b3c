namespace FleetCatalog.Validation;

/// <summary>Every rule in this assembly, discovered once: adding a rule is adding its file.</summary>
internal static class ManifestRules
{
    public static IReadOnlyList<IManifestRule> All { get; } =
        typeof(IManifestRule).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IManifestRule).IsAssignableFrom(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (IManifestRule)Activator.CreateInstance(t)!)
            .ToArray();
}
