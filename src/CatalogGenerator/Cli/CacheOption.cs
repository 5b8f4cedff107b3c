using System.CommandLine;

namespace FleetCatalog.Cli;

/// <summary><c>--cache DIR</c>, shared by build, serve, validate and add: a file given as the cache is refused up front, not half-way with an exception.</summary>
internal static class CacheOption
{
    public static Option<DirectoryInfo> Create(string description)
    {
        var option = new Option<DirectoryInfo>("--cache") { Description = description, DefaultValueFactory = _ => new DirectoryInfo(".catalog/cache") };
        option.Validators.Add(r =>
        {
            if (Problem(r.GetValueOrDefault<DirectoryInfo>().FullName) is { } problem)
            {
                r.AddError(problem);
            }
        });
        return option;
    }

    /// <summary>Why <paramref name="path"/> cannot be the cache, or null when it can.</summary>
    public static string? Problem(string path) =>
        File.Exists(path) ? $"--cache '{path}' is a file; the cache needs a folder (default .catalog/cache)." : null;
}
