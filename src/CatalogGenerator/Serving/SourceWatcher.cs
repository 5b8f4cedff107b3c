using System.Threading.Channels;

namespace FleetCatalog.Serving;

/// <summary>
/// Watches the catalog's source folders (entries, site content, themes) for <c>catalog serve</c> and hands out
/// the changed paths in batches: a batch closes once nothing has changed for a short quiet time, so an
/// editor's save (write, rename, touch) or a <c>git checkout</c> becomes one rebuild. Changes that arrive
/// while a rebuild runs wait here and make the next batch. Editors' temporary and swap files are ignored.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    // A folder that never goes quiet (a long copy) still gets a rebuild now and then.
    private static readonly TimeSpan LongestBatch = TimeSpan.FromSeconds(2);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <param name="folders">The folders to watch with everything under them; missing ones are skipped.</param>
    public SourceWatcher(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(e.OldFullPath);
                Add(e.FullPath);
            };

            // Too many changes at once (the kernel's queue overflowed): say the whole folder changed.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The folders actually watched.</summary>
    public IReadOnlyList<string> Folders => [.. _watchers.Select(w => w.Path)];

    /// <summary>
    /// Whether a file is an editor's or a tool's scratch file rather than content: vim's swap files and write
    /// test (<c>.x.swp</c>, <c>4913</c>), backups (<c>x~</c>), Emacs locks and autosaves (<c>.#x</c>, <c>#x#</c>),
    /// JetBrains' safe-write copies, and other hidden files.
    /// </summary>
    public static bool IsScratch(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
        return name.Length == 0
            || name.StartsWith('.')
            || name.EndsWith('~')
            || (name.StartsWith('#') && name.EndsWith('#'))
            || name == "4913"
            || name.EndsWith("___jb_tmp___", StringComparison.Ordinal)
            || name.EndsWith("___jb_old___", StringComparison.Ordinal)
            || Path.GetExtension(name).ToLowerInvariant() is ".swp" or ".swx" or ".swo" or ".tmp" or ".bak" or ".crswap";
    }

    /// <summary>Waits for a change, then until nothing more changes for <paramref name="quiet"/>; returns every path changed meanwhile.</summary>
    public async Task<IReadOnlySet<string>> NextAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken) };
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < LongestBatch)
        {
            while (_changes.Reader.TryRead(out var path))
            {
                changed.Add(path);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
            try
            {
                await _changes.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        while (_changes.Reader.TryRead(out var path))
        {
            changed.Add(path);
        }

        return changed;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Add(string path)
    {
        if (!IsScratch(path))
        {
            _changes.Writer.TryWrite(path);
        }
    }
}
