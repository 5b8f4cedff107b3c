namespace FleetCatalog.Tests.Validation.Rules.Variables;

/// <summary>Small balena.yml files for the variable rules: the first variable is always on line 5, its key at column 7.</summary>
internal static class Manifests
{
    public static string WithEnvironment(params string[] entries) => With("applicationEnvironmentVariables", entries);

    public static string WithConfig(params string[] entries) => With("applicationConfigVariables", entries);

    private static string With(string list, string[] entries) =>
        $"name: x\ntype: sw.application\ndata:\n  {list}:\n{string.Concat(entries.Select(e => $"    - {e}\n"))}";
}
