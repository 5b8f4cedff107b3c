using FleetCatalog.Sources.Refresh;

namespace FleetCatalog.Cli.Entries;

/// <summary>One <c>catalog add</c>: what was asked, and where to say what happened.</summary>
internal sealed record AddRun(
    string Url,
    string ProjectsFolder,
    string CategoriesFile,
    string? Slug,
    string? Category,
    RefreshOptions Options,
    string SiteFile,
    TextWriter Output,
    TextWriter Error)
{
    /// <summary>Refused: the repository is listed already, or the request cannot be honoured; nothing is written.</summary>
    public int Refuse(string why) => Fail(ExitCodes.Invalid, $"refused: {why}");

    public int Fail(int exitCode, string message)
    {
        Error.WriteLine($"catalog add: {message}");
        return exitCode;
    }
}
