using System.Collections.Concurrent;
using System.Text;

namespace FleetCatalog.Output;

/// <summary>
/// Writes a whole site into a staging folder beside the target (<c>_site.tmp-&lt;id&gt;</c>, same parent,
/// so the final rename stays on one volume) and swaps it in only on <see cref="Commit"/>. Disposing
/// without committing (an exception, a cancellation) deletes the staging folder and leaves the old site
/// as it was; a staging folder left by a killed build is removed by the next <see cref="Begin"/>.
/// Writes are thread-safe; every path is site-relative with forward slashes (see <see cref="SitePath"/>).
/// </summary>
internal sealed class SiteOutput : IDisposable
{
    // Paths compare ignoring case: two files differing only in case would overwrite each other on
    // Windows and macOS checkouts of the built site.
    private readonly ConcurrentDictionary<string, string> written = new(StringComparer.OrdinalIgnoreCase);
    private readonly FileStream stagingLock;
    private readonly string id;
    private int state; // 0 open, 1 committed, 2 disposed

    private SiteOutput(string target, string id, FileStream stagingLock)
    {
        TargetDirectory = target;
        this.id = id;
        this.stagingLock = stagingLock;
        StagingDirectory = SiteOutputFolders.Staging(target, id);
        Directory.CreateDirectory(StagingDirectory);
    }

    /// <summary>The folder the site ends up in (full path).</summary>
    public string TargetDirectory { get; }

    /// <summary>Where files go until <see cref="Commit"/>: read it to check the site before it goes live.</summary>
    public string StagingDirectory { get; }

    /// <summary>Every file written so far, site-relative, sorted (ordinal).</summary>
    public IReadOnlyList<string> Files => [.. written.Values.Order(StringComparer.Ordinal)];

    /// <summary>Starts a build into <paramref name="targetDirectory"/>, first clearing what killed builds left.</summary>
    public static SiteOutput Begin(string targetDirectory)
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
        return new SiteOutput(target, id, SiteOutputFolders.Lock(target, id));
    }

    /// <summary>Writes UTF-8 text (no byte-order mark).</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes bytes; a path can be written once (a second write is a bug: two pages at one address).</summary>
    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        // Every write comes through here (CopyFile aside): the place where a later incremental build can
        // compare with the live site's file and keep its timestamp when the bytes are the same.
        using var stream = new FileStream(Claim(relativePath), FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        stream.Write(bytes);
    }

    public void CopyFile(string sourceFile, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(sourceFile);
        File.Copy(sourceFile, Claim(relativePath));
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
    /// Makes the staged site the live one: the old folder is renamed away, the new one renamed into place,
    /// then the old one deleted. Call it once, after every write has finished.
    /// </summary>
    public void Commit()
    {
        if (Interlocked.CompareExchange(ref state, 1, 0) != 0)
        {
            throw new InvalidOperationException("The site was already committed or abandoned.");
        }

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

    private string Claim(string relativePath)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref state) != 0, this);
        var path = SitePath.Normalize(relativePath);
        if (!written.TryAdd(path, path))
        {
            throw new InvalidOperationException($"'{path}' is written twice (as '{written[path]}' before); two outputs claim one address.");
        }

        var full = Path.Combine(StagingDirectory, path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return full;
    }
}
