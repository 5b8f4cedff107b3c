namespace FleetCatalog.Tests.Testing;

/// <summary>
/// Golden files: expected output kept under tests/CatalogGenerator.Tests/Golden. A mismatch fails and
/// writes a .received file beside the golden one; UPDATE_GOLDEN=1 rewrites the golden files instead
/// (review the diff before committing: a wrong line is a bug to fix, not a golden line to keep).
/// </summary>
internal static class Golden
{
    public static string Directory => Path.Combine(TestPaths.TestProject, "Golden");

    public static void Verify(string actual, string name)
    {
        var path = Path.Combine(Directory, name);
        var received = path + ".received";
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No golden file {name}; wrote {received}. Review it, then run with UPDATE_GOLDEN=1."
            : $"Output differs from golden file {name}; see {received} (diff them; UPDATE_GOLDEN=1 accepts the new output).");
    }
}
