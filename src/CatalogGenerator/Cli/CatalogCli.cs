using System.CommandLine;

namespace FleetCatalog.Cli;

/// <summary>The <c>catalog</c> command line: its commands and options are a public interface that scripts and CI use.</summary>
internal static class CatalogCli
{
    public static RootCommand CreateRoot(Func<Stream> stdin) =>
        new("Fleet Catalog: validate balena projects and build the catalog site.")
        {
            BuildCommand.Create(),
            ValidateCommand.Create(stdin),
            DevicesCommand.Create(),
            ButtonCommand.Create(),
            AddCommand.Create(),
            ServeCommand.Create(),
        };

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<Stream> stdin, CancellationToken cancellationToken = default)
    {
        var parsed = CreateRoot(stdin).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // System.CommandLine's own answer to a parse error is exit 1 (which the README reserves for an invalid
            // entry) followed by the whole help text; a usage error is exit 2, one line each, and where to look.
            foreach (var parseError in parsed.Errors)
            {
                var lines = parseError.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                error.WriteLine($"error: {string.Join(' ', lines)}");
            }

            error.WriteLine($"see '{CommandPath(parsed.CommandResult)} --help'");
            return Task.FromResult(ExitCodes.Unreadable);
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return parsed.InvokeAsync(configuration, cancellationToken);
    }

    private static string CommandPath(System.CommandLine.Parsing.CommandResult command)
    {
        var names = new List<string>();
        for (var current = command; current is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, current.Parent is null ? "catalog" : current.Command.Name);
        }

        return string.Join(' ', names);
    }
}
