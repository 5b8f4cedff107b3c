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
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CreateRoot(stdin).Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
