using System.Text;
using FleetCatalog.Diagnostics;

namespace FleetCatalog.Projects;

/// <summary>Decodes a file's bytes as UTF-8 text, refusing what no balena tool would read as YAML.</summary>
internal static class SourceText
{
    /// <summary>Largest manifest or compose file read: real ones are under 20 KiB.</summary>
    public const int MaxBytes = 256 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Largest README read (it becomes the guide page).</summary>
    public const int MaxReadmeBytes = 8 * 1024 * 1024;

    /// <summary>
    /// Reads at most one byte past <paramref name="maxBytes"/> from <paramref name="stream"/>: enough for
    /// <see cref="Decode"/> to refuse a file that is too large, while an endless one (<c>/dev/zero</c>, a pipe) costs
    /// bounded memory and time.
    /// </summary>
    public static byte[] ReadLimited(Stream stream, int maxBytes = MaxBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length <= maxBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The file's bytes, read as <see cref="ReadLimited(Stream, int)"/> reads.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static byte[] ReadLimited(string path, int maxBytes = MaxBytes)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        }
        catch (UnauthorizedAccessException) when (Directory.Exists(path))
        {
            // .NET calls a folder opened as a file "access denied", which sends the reader after permissions.
            throw new IOException($"'{path}' is a folder, not a file");
        }

        using (stream)
        {
            // A regular file says its size: one array of that size (at most one byte past the limit), as
            // File.ReadAllBytes allocates, not a chunk buffer and a copy per file (validate reads five per project).
            // Devices and pipes say 0 and are read in chunks.
            var length = stream.CanSeek ? stream.Length : 0;
            if (length <= 0)
            {
                return ReadLimited(stream, maxBytes);
            }

            var bytes = new byte[Math.Min(length, (long)maxBytes + 1)];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            return read == bytes.Length ? bytes : bytes[..read];
        }
    }

    /// <summary>The text, or null and one diagnostic saying why it cannot be used.</summary>
    public static (string? Text, Diagnostic? Problem) Decode(ReadOnlySpan<byte> bytes, string file, int maxBytes = MaxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            return (null, DiagnosticCodes.FileTooLarge.Create(
                $"'{file}' is over {maxBytes / 1024:N0} KiB, the most that is read (a balena.yml is usually under 20 KiB): move long text such as post-provisioning into the README",
                file, SourceSpan.None));
        }

        // UTF-32 first: its little-endian byte-order mark begins with UTF-16's.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            return (null, DiagnosticCodes.NotUtf8Text.Create($"'{file}' is saved as UTF-32; save it as UTF-8", file, SourceSpan.None));
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return (null, DiagnosticCodes.NotUtf8Text.Create($"'{file}' is saved as UTF-16; save it as UTF-8", file, SourceSpan.None));
        }

        var start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, DiagnosticCodes.NotUtf8Text.Create($"'{file}' is binary (it holds a NUL byte at offset {nul}), not YAML text", file, SourceSpan.None));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes[start..]);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index + start;
            return (null, DiagnosticCodes.NotUtf8Text.Create(
                $"'{file}' is not valid UTF-8 (first bad byte at offset {offset}); save it as UTF-8",
                file, PositionOf(bytes, offset)));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, DiagnosticCodes.EmptyFile.Create($"'{file}' is empty; a balena.yml needs at least 'name' and 'type'", file, SourceSpan.None));
        }

        return (text, null);
    }

    private static SourceSpan PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return SourceSpan.At(line, column);
    }
}
