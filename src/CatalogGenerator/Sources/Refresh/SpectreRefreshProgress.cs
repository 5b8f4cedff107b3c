using Spectre.Console;

namespace FleetCatalog.Sources.Refresh;

/// <summary>A live progress bar for an interactive terminal (Spectre.Console), showing the last project done.</summary>
internal sealed class SpectreRefreshProgress(ProgressTask task) : IRefreshProgress
{
    public void Start(int projects) => task.MaxValue = Math.Max(projects, 1);

    public void Done(string slug, SnapshotStatus status, string? commit)
    {
        task.Description = $"{status.ToString().ToLowerInvariant()} [grey]{Markup.Escape(slug)}[/]";
        task.Increment(1);
    }

    /// <summary>Runs <paramref name="work"/> under a progress bar, handing it the progress to report to.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, Func<IRefreshProgress, Task<T>> work) =>
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => work(new SpectreRefreshProgress(context.AddTask("refreshing"))));
}
