using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FleetCatalog.Output;

/// <summary>
/// One build at a time per output folder: an exclusive lock held for the whole build (or serve), which the operating
/// system releases when the process ends however it ends. The lock file lives in the temp folder, named by a hash of
/// the output's full path, so it never shows up in a checkout; it is never deleted (deleting a lock file others may
/// have open lets two builds lock two different files). Beside it, a note says which build holds it.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private readonly FileStream handle;

    private OutputLock(FileStream handle) => this.handle = handle;

    /// <summary>The lock for <paramref name="targetDirectory"/>, or null and who holds it.</summary>
    public static OutputLock? TryAcquire(string targetDirectory, string command, out string holder)
    {
        var file = FileFor(targetDirectory);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        FileStream handle;
        try
        {
            handle = new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            holder = ReadHolder(file);
            return null;
        }

        holder = string.Create(CultureInfo.InvariantCulture, $"catalog {command}, process {Environment.ProcessId}, started {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
        TryWrite(file + ".holder", holder);
        return new OutputLock(handle);
    }

    public void Dispose() => handle.Dispose();

    private static string FileFor(string targetDirectory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(targetDirectory));
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..32];
        return Path.Combine(Path.GetTempPath(), "fleet-catalog-locks", name + ".lock");
    }

    private static string ReadHolder(string file)
    {
        try
        {
            var text = File.ReadAllText(file + ".holder").Trim();
            return text.Length is > 0 and < 300 ? text : "another catalog build";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "another catalog build";
        }
    }

    // The note is only for the message a second build prints: failing to write it never stops the build.
    private static void TryWrite(string file, string text)
    {
        try
        {
            File.WriteAllText(file, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
