using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using FleetCatalog.Diagnostics;
using FleetCatalog.Search;
using FleetCatalog.Serving;

namespace FleetCatalog.Cli;

/// <summary>
/// <c>serve</c>'s rebuilds: each batch of changes is turned into the least work that shows it (see
/// <see cref="SourceChanges"/>), then the pages are told to reload. A change that breaks something prints
/// its findings and tells the pages, and the last good site keeps being served.
/// </summary>
internal sealed class SiteRebuilder(BuildSession session, string output, string baseUrl, SearchIndexer? search, LiveReloadHub hub, TextWriter console)
{
    /// <summary>How long the sources must be quiet before a rebuild starts: an editor's save is several events.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(100);

    // Pagefind takes a second or two on a hundred projects: after a rebuild it runs on the live site in the
    // background (the pages are already there), and the next rebuild waits for it, so the two never overlap.
    private Task _indexing = Task.CompletedTask;

    /// <summary>Rebuilds after each batch of changes until cancelled.</summary>
    public async Task WatchAsync(SourceWatcher watcher, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watcher);
        while (!cancellationToken.IsCancellationRequested)
        {
            IReadOnlySet<string> changed;
            try
            {
                changed = await watcher.NextAsync(Debounce, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                await _indexing;
                return;
            }

            var changes = SourceChanges.Classify(changed, session.Settings);
            try
            {
                if (!changes.IsEmpty)
                {
                    await RebuildAsync(changes, cancellationToken);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Stopped in the middle of refreshing a project: the cache is written atomically, nothing to undo.
                await _indexing;
                return;
            }
        }

        await _indexing;
    }

    /// <summary>One rebuild; true when the new site is live.</summary>
    public async Task<bool> RebuildAsync(SourceChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var clock = Stopwatch.StartNew();
        await _indexing;
        try
        {
            if (changes.Categories)
            {
                var (loaded, problems) = session.ReloadCategories();
                if (!loaded)
                {
                    return Failed(changes, problems);
                }
            }

            if (changes.Categories || changes.Entries.Count > 0)
            {
                var entries = session.ReadEntries();
                // A broken entry is not taken in: its project keeps its last good page until the file is fixed.
                var broken = entries.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && (changes.Categories || changes.Entries.Contains(d.File))).ToImmutableArray();
                if (broken.Length > 0)
                {
                    return Failed(changes, broken);
                }

                var changedFiles = changes.Categories ? entries.Entries.Select(e => e.File).ToHashSet(StringComparer.Ordinal) : changes.Entries;
                var refreshed = await session.RefreshChangedAsync(entries, changedFiles, cancellationToken);
                foreach (var project in refreshed.Projects)
                {
                    BuildCommand.WriteFindings(project.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error), console);
                }
            }

            var beforeRender = clock.Elapsed;
            var findings = session.Render(output, baseUrl, search?.CarryingOver(output));
            var errors = findings.Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
            if (errors.Length > 0)
            {
                return Failed(changes, findings.Where(d => d.Severity != DiagnosticSeverity.Info));
            }

            BuildCommand.WriteFindings(findings.Where(d => d.Severity == DiagnosticSeverity.Warning && changes.Content), console);
            hub.Reload();
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{changes.Description} changed: rebuilt in {clock.Elapsed.TotalSeconds:0.00} s (site {(clock.Elapsed - beforeRender).TotalSeconds:0.00} s){(search is null ? string.Empty : "; search index updating in the background")}"));
            if (search is not null)
            {
                _indexing = Task.Run(() => IndexLiveSite(search), CancellationToken.None);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file caught half-written or locked by an editor: the next save brings another rebuild.
            console.WriteLine($"{changes.Description} changed: not rebuilt ({e.Message}); the last good site is still served");
            hub.Failed(1);
            return false;
        }
    }

    private void IndexLiveSite(SearchIndexer indexer)
    {
        try
        {
            var result = indexer.Index(output);
            BuildCommand.WriteFindings(result.Diagnostics, console);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.WriteLine($"Search: the live site could not be indexed ({e.Message}); the next rebuild tries again");
        }
    }

    private bool Failed(SourceChanges changes, IEnumerable<Diagnostic> findings)
    {
        var shown = findings.ToList();
        BuildCommand.WriteFindings(shown, console);
        var errors = shown.Count(d => d.Severity == DiagnosticSeverity.Error);
        hub.Failed(errors);
        console.WriteLine($"{changes.Description} changed: not rebuilt, {errors} {(errors == 1 ? "error" : "errors")} (the last good site is still served)");
        return false;
    }
}
