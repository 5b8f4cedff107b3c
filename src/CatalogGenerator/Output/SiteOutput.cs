using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Output;

/// <summary>
/// Writes a whole site into a staging folder beside the target (<c>_site.tmp-&lt;id&gt;</c>, same parent,
/// so the final rename stays on one volume) and swaps it in only on <see cref="Commit"/>. Disposing
/// without committing (an exception, a cancellation) deletes the staging folder and leaves the old site
/// as it was; a staging folder left by a killed build is removed by the next <see cref="Begin(string)"/>.
/// Writes are thread-safe; every path is site-relative with forward slashes (see <see cref="SitePath"/>).
/// <para>
/// Incremental (<see cref="Begin(string, bool)"/>): the live site's <see cref="SiteManifest"/> says what each file was
/// made from. A file whose input key (<see cref="TryKeep"/>) or bytes (<see cref="WriteBytes"/>) are unchanged is not
/// written: it is hard-linked from the live site into the staging folder (<see cref="Materialize"/>), keeping its
/// timestamps, and the staging folder is swapped in as before, so a failed build still publishes nothing and
/// readers never see half a site. When nothing at all changed (<see cref="IsUnchanged"/>), nothing is staged and
/// <see cref="Commit"/> leaves the live site, and every timestamp in it, as it was.
/// </para>
/// </summary>
internal sealed class SiteOutput : IDisposable
{
    // Paths compare ignoring case: two files differing only in case would overwrite each other on
    // Windows and macOS checkouts of the built site.
    private readonly ConcurrentDictionary<string, string> written = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (string? Key, string Hash, bool Kept, ImmutableArray<Diagnostic> Findings)> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly FileStream stagingLock;
    private readonly string id;
    private readonly SiteManifest? previous;
    private int changed;
    private LinkCheckResult? linkCheck;
    private bool? liveFilesKnown; // the live site is not written during a build: listed once
    private int materialized;
    private int state; // 0 open, 1 committed, 2 disposed

    private SiteOutput(string target, string id, FileStream stagingLock, SiteManifest? previous)
    {
        TargetDirectory = target;
        this.id = id;
        this.stagingLock = stagingLock;
        this.previous = previous;
        StagingDirectory = SiteOutputFolders.Staging(target, id);
        Directory.CreateDirectory(StagingDirectory);
    }

    /// <summary>True when the build compares with the live site (<see cref="Begin(string, bool)"/>).</summary>
    public bool Incremental => previous is not null;

    /// <summary>Incremental, and every file so far is the live site's, which has no other file: publishing would change nothing.</summary>
    public bool IsUnchanged => previous is { } p && Volatile.Read(ref changed) == 0 && entries.Count == p.Files.Count && entries.Keys.All(p.Files.ContainsKey)
        && (liveFilesKnown ??= LiveFilesAreKnown(p));

    // A file put into the live site by hand (or left by another tool) is not part of this site: publishing removes it.
    private bool LiveFilesAreKnown(SiteManifest manifest)
    {
        var live = Directory.Exists(TargetDirectory)
            ? Directory.EnumerateFiles(TargetDirectory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            : [];
        var count = 0;
        foreach (var file in live)
        {
            count++;
            if (!manifest.Files.ContainsKey(Path.GetRelativePath(TargetDirectory, file).Replace(Path.DirectorySeparatorChar, '/')))
            {
                return false;
            }
        }

        return count == manifest.Files.Count;
    }

    /// <summary>The live site's findings, from its manifest (empty when not incremental).</summary>
    public ImmutableArray<Diagnostic> PreviousFindings => previous?.Findings ?? [];

    /// <summary>Incremental: the live site's last link check, when its manifest has one (see <see cref="LinkChecker"/>).</summary>
    public LinkCheckBaseline? LinkBaseline => previous?.LinkCheck is { } record
        ? new LinkCheckBaseline(
            record,
            previous.Files.Where(f => f.Value.Ids is not null).ToDictionary(f => f.Key, f => f.Value.Ids!, StringComparer.Ordinal),
            [.. previous.Findings.Where(LinkChecker.IsLinkFinding)])
        : null;

    /// <summary>The site-relative files written or kept so far whose bytes differ from the live site's (or are new).</summary>
    public IReadOnlyList<string> Changed => [.. entries.Where(e => !e.Value.Kept).Select(e => e.Key).Order(StringComparer.Ordinal)];

    /// <summary>Incremental: the live site's files that this build has not written or kept (so far): publishing removes them.</summary>
    public IReadOnlyList<string> Removed => previous is null ? [] : [.. previous.Files.Keys.Where(f => !entries.ContainsKey(f)).Order(StringComparer.Ordinal)];

    /// <summary>Keeps what the link check of this site ran on and saw, for the manifest <see cref="Commit"/> saves.</summary>
    public void Record(LinkCheckResult result) => linkCheck = result;

    /// <summary>The site's findings, saved in the manifest on <see cref="Commit"/> for a later build that changes nothing.</summary>
    public ImmutableArray<Diagnostic> Findings { get; set; } = [];

    /// <summary>The folder the site ends up in (full path).</summary>
    public string TargetDirectory { get; }

    /// <summary>Where files go until <see cref="Commit"/>: read it to check the site before it goes live.</summary>
    public string StagingDirectory { get; }

    /// <summary>Every file written so far, site-relative, sorted (ordinal).</summary>
    public IReadOnlyList<string> Files => [.. written.Values.Order(StringComparer.Ordinal)];

    /// <summary>Starts a build into <paramref name="targetDirectory"/>, first clearing what killed builds left.</summary>
    public static SiteOutput Begin(string targetDirectory) => Begin(targetDirectory, incremental: false);

    /// <summary>As <see cref="Begin(string)"/>; <paramref name="incremental"/> keeps the live site's unchanged files (see the class).</summary>
    public static SiteOutput Begin(string targetDirectory, bool incremental)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetDirectory));
        if (Path.GetDirectoryName(target) is null)
        {
            throw new ArgumentException($"The site cannot be written to '{target}', a drive's root.", nameof(targetDirectory));
        }

        if (File.Exists(target))
        {
            throw new IOException($"'{target}' is a file; the site needs a folder there.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        SiteOutputFolders.RemoveLeftovers(target);
        var id = Guid.NewGuid().ToString("N");
        return new SiteOutput(target, id, SiteOutputFolders.Lock(target, id), incremental ? SiteManifest.Load(target) : null);
    }

    /// <summary>Writes UTF-8 text (no byte-order mark).</summary>
    public void WriteText(string relativePath, string text, string? key = null, ImmutableArray<Diagnostic> findings = default) =>
        WriteBytes(relativePath, Encoding.UTF8.GetBytes(text), key, findings);

    /// <summary>
    /// Writes bytes; a path can be written once (a second write is a bug: two pages at one address). Incremental,
    /// bytes equal to the live file's are not written (the live file is kept, timestamps and all).
    /// </summary>
    /// <param name="key">The hash of what the bytes were made from, for <see cref="TryKeep"/> next time.</param>
    /// <param name="findings">What producing the file found (a guide's findings), handed back by <see cref="TryKeep"/> next time.</param>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes, string? key = null, ImmutableArray<Diagnostic> findings = default)
    {
        findings = findings.IsDefault ? [] : findings;
        var full = Claim(relativePath, out var path);
        var hash = previous is null ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (previous is not null && Live(path) is { } live && live.Hash == hash)
        {
            entries[path] = (key, hash, Kept: true, findings);
            if (Volatile.Read(ref materialized) == 1)
            {
                // Kept after the staging folder was filled (the marker, on Commit): it goes in now.
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                FileLinks.LinkOrCopy(LiveFile(path), full);
            }

            return;
        }

        // FileMode.CreateNew: a write always makes a new file, never writes through a hard link into the live site.
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using (var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            stream.Write(bytes);
        }

        entries[path] = (key, hash, Kept: false, findings);
        Interlocked.Increment(ref changed);
    }

    /// <summary>
    /// Incremental: when the live file at <paramref name="relativePath"/> was made from inputs with this
    /// <paramref name="key"/> and is still as it was published, claims the path and keeps that file (true); the caller
    /// need not produce it. Otherwise false, and the caller writes it (with the key).
    /// </summary>
    public bool TryKeep(string relativePath, string key, out ImmutableArray<Diagnostic> findings)
    {
        var path = SitePath.Normalize(relativePath);
        findings = [];
        if (previous is null || Live(path) is not { } live || live.Key != key)
        {
            return false;
        }

        Claim(relativePath, out _);
        findings = live.Findings.IsDefault ? [] : live.Findings;
        entries[path] = (key, live.Hash, Kept: true, findings);
        return true;
    }

    /// <summary>Incremental: keeps every live file under <paramref name="relativeDirectory"/> that is still as published (e.g. a search index whose input pages did not change); false when there is none or one changed.</summary>
    public bool TryKeepDirectory(string relativeDirectory)
    {
        var prefix = SitePath.NormalizeDirectory(relativeDirectory) + "/";
        var files = previous?.Files.Where(f => f.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList() ?? [];
        if (files.Count == 0 || files.Any(f => Live(f.Key) is null))
        {
            return false;
        }

        foreach (var (path, entry) in files)
        {
            Claim(path, out _);
            entries[path] = (entry.Key, entry.Hash, Kept: true, []);
        }

        return true;
    }

    /// <summary>
    /// Registers files a tool wrote straight into the staging folder under <paramref name="relativeDirectory"/> (Pagefind's
    /// index); incremental, a file with the live file's bytes is replaced by a link to it, so its timestamps stay.
    /// </summary>
    public void Adopt(string relativeDirectory)
    {
        var root = SitePath.NormalizeDirectory(relativeDirectory);
        var directory = Path.Combine(StagingDirectory, root.Replace('/', Path.DirectorySeparatorChar));
        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var path = SitePath.Combine(root, Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/'));
            if (!written.TryAdd(path, path))
            {
                throw new InvalidOperationException($"'{path}' is written twice; two outputs claim one address.");
            }

            var hash = previous is null ? string.Empty : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            var kept = previous is not null && Live(path) is { } live && live.Hash == hash;
            if (kept)
            {
                File.Delete(file);
                FileLinks.LinkOrCopy(LiveFile(path), file);
            }
            else
            {
                Interlocked.Increment(ref changed);
            }

            entries[path] = (null, hash, kept, []);
        }
    }

    /// <summary>Puts every kept file into the staging folder, so that it holds the whole site (for the link check, Pagefind and the swap).</summary>
    public void Materialize()
    {
        if (previous is null || Interlocked.Exchange(ref materialized, 1) == 1)
        {
            return;
        }

        foreach (var (path, entry) in entries)
        {
            var staged = StagedFile(path);
            if (entry.Kept && !File.Exists(staged))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
                FileLinks.LinkOrCopy(LiveFile(path), staged);
            }
        }
    }

    public void CopyFile(string sourceFile, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        if (previous is not null)
        {
            WriteBytes(relativePath, File.ReadAllBytes(sourceFile));
            return;
        }

        var full = Claim(relativePath, out _);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(sourceFile, full);
    }

    /// <summary>
    /// Copies every file under <paramref name="sourceDirectory"/> (hidden ones too, such as .nojekyll) to
    /// <paramref name="relativeDirectory"/> ("" is the root). Symbolic links are skipped, so a link in a
    /// theme cannot publish a file from elsewhere on the machine. Returns the site paths written.
    /// </summary>
    public IReadOnlyList<string> CopyDirectory(string sourceDirectory, string relativeDirectory = "")
    {
        var root = SitePath.NormalizeDirectory(relativeDirectory);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var copied = new List<string>();
        foreach (var file in Directory.EnumerateFiles(sourceDirectory, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = SitePath.Combine(root, Path.GetRelativePath(sourceDirectory, file).Replace(Path.DirectorySeparatorChar, '/'));
            CopyFile(file, relative);
            copied.Add(relative);
        }

        return copied;
    }

    /// <summary>
    /// Makes the staged site the live one: the two folders are exchanged in one step where the system can
    /// (<see cref="SiteOutputFolders.TryExchange"/>), else the old folder is renamed away and the new one renamed into
    /// place; then the old one is deleted. Adds the <see cref="SiteMarker"/>. Call it once, after every write has finished.
    /// </summary>
    public void Commit()
    {
        // Written with the site (kept when unchanged), so every site this tool publishes says so (see SiteMarker).
        if (Volatile.Read(ref state) == 0 && !written.ContainsKey(SiteMarker.FileName))
        {
            WriteText(SiteMarker.FileName, SiteMarker.Text);
        }

        if (Interlocked.CompareExchange(ref state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The site was already committed or abandoned.");
        }

        if (IsUnchanged)
        {
            // Nothing to publish: the live site is this site. Only the findings are brought up to date.
            previous!.With(Findings).Save(TargetDirectory);
            Abandon();
            stagingLock.Dispose();
            return;
        }

        Materialize();
        if (Directory.Exists(TargetDirectory) && SiteOutputFolders.TryExchange(StagingDirectory, TargetDirectory))
        {
            // The staging folder now holds the old site.
            Abandon();
        }
        else
        {
            Swap();
        }

        // After the swap: a manifest that lags behind its site (a kill just here) fails the size and time checks
        // of the files that changed, which are then written again; it never makes a stale file look current.
        if (previous is not null)
        {
            SaveManifest();
        }
        else if (File.Exists(SiteManifest.PathFor(TargetDirectory)))
        {
            SiteManifest.Delete(TargetDirectory);
        }

        stagingLock.Dispose();
    }

    /// <summary>Without a <see cref="Commit"/>, throws the staged files away; the old site stays.</summary>
    public void Dispose()
    {
        if (Interlocked.CompareExchange(ref state, 2, 0) == 0)
        {
            Abandon();
        }

        stagingLock.Dispose();
    }

    private void Abandon() => SiteOutputFolders.TryDelete(StagingDirectory);

    // Two renames, where the folders cannot be exchanged in one step: a kill between them leaves NAME.old-ID, which
    // the next start puts back (SiteOutputFolders.Recover).
    private void Swap()
    {
        var old = SiteOutputFolders.Old(TargetDirectory, id);
        var hadOld = Directory.Exists(TargetDirectory);
        if (hadOld)
        {
            Directory.Move(TargetDirectory, old);
        }

        try
        {
            Directory.Move(StagingDirectory, TargetDirectory);
        }
        catch
        {
            if (hadOld)
            {
                Directory.Move(old, TargetDirectory);
            }

            state = 2;
            Abandon();
            throw;
        }

        if (hadOld)
        {
            SiteOutputFolders.TryDelete(old);
        }
    }

    private void SaveManifest()
    {
        var files = ImmutableDictionary.CreateBuilder<string, SiteManifestEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, entry) in entries)
        {
            var info = new FileInfo(LiveFile(path));
            files[path] = new SiteManifestEntry(
                entry.Key, entry.Hash, info.Length, info.LastWriteTimeUtc.Ticks, entry.Findings.IsEmpty ? default : entry.Findings, linkCheck?.Ids.GetValueOrDefault(path));
        }

        new SiteManifest(SiteManifest.CurrentVersion, files.ToImmutable(), Findings, linkCheck?.Record).Save(TargetDirectory);
    }

    // The live site's entry for a path, when the file is still as it was published (same size and modification time).
    private SiteManifestEntry? Live(string path)
    {
        if (previous is null || !previous.Files.TryGetValue(path, out var entry))
        {
            return null;
        }

        var info = new FileInfo(LiveFile(path));
        return info.Exists && info.Length == entry.Size && info.LastWriteTimeUtc.Ticks == entry.Modified ? entry : null;
    }

    private string LiveFile(string path) => Path.Combine(TargetDirectory, path.Replace('/', Path.DirectorySeparatorChar));

    private string StagedFile(string path) => Path.Combine(StagingDirectory, path.Replace('/', Path.DirectorySeparatorChar));

    private string Claim(string relativePath, out string path)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref state) != 0, this);
        path = SitePath.Normalize(relativePath);
        if (!written.TryAdd(path, path))
        {
            throw new InvalidOperationException($"'{path}' is written twice (as '{written[path]}' before); two outputs claim one address.");
        }

        var full = StagedFile(path);
        if (previous is null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        }

        return full;
    }
}
