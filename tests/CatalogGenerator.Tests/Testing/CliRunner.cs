using System.Text;
using FleetCatalog.Cli;

namespace FleetCatalog.Tests.Testing;

/// <summary>Runs the <c>catalog</c> CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, string? stdin = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CatalogCli.RunAsync(args, output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)));
        return (exit, output.ToString(), error.ToString());
    }
}
