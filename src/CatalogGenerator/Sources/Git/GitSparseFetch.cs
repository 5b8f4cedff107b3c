using System.Text;

namespace FleetCatalog.Sources.Git;

/// <summary>
/// One fetch: <c>git init</c>, the origin remote, the sparse-checkout file, a shallow blobless fetch of the
/// commit, and a checkout that downloads only the blobs the sparse patterns keep. The destination's size is
/// watched while git writes; past the limit git is killed and the folder emptied.
/// </summary>
internal sealed class GitSparseFetch(GitProcessRunner runner, GitOptions options, string url, string commit, string destination)
{
    private readonly DateTime deadline = DateTime.UtcNow + options.Timeout;

    public async Task<GitFetchResult> RunAsync(IReadOnlyList<string> sparsePatterns, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(destination);
            var failure = await StepsAsync(sparsePatterns, cancellationToken);
            if (failure is not null)
            {
                GitDirectories.Empty(destination);
                return GitFetchResult.Failed(failure);
            }

            var bytes = GitDirectories.Size(destination);
            var files = GitDirectories.Files(destination);
            GitDirectories.Delete(new DirectoryInfo(Path.Combine(destination, GitDirectories.GitFolder)));
            return GitFetchResult.Fetched(commit, files, bytes);
        }
        catch (OperationCanceledException)
        {
            GitDirectories.Empty(destination);
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            GitDirectories.Empty(destination);
            return GitFetchResult.Failed(new(GitFailureKind.Failed, $"could not write the files of {GitText.Redact(url)} to {destination}: {e.Message}", string.Empty));
        }
    }

    private async Task<GitFailure?> StepsAsync(IReadOnlyList<string> sparsePatterns, CancellationToken cancellationToken)
    {
        // No template: no sample hooks, nothing but what git needs.
        var failure = await RunAsync("init", ["init", "--quiet", "--template=", "."], watch: false, cancellationToken)
            ?? await RunAsync("remote add", ["remote", "add", "origin", "--", url], watch: false, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var info = Directory.CreateDirectory(Path.Combine(destination, GitDirectories.GitFolder, "info"));
        await File.WriteAllTextAsync(
            Path.Combine(info.FullName, "sparse-checkout"), string.Join('\n', sparsePatterns) + "\n", new UTF8Encoding(false), cancellationToken);

        // unpackLimit=1 keeps what arrives as a pack written as it streams in, so the size watch sees it grow.
        return await RunAsync(
                "fetch",
                ["-c", "fetch.unpackLimit=1", "fetch", "--quiet", "--depth=1", "--filter=blob:none", "--no-tags", "--no-recurse-submodules", "origin", commit],
                watch: true,
                cancellationToken)
            ?? await RunAsync(
                "checkout",
                [
                    "-c", "core.sparseCheckout=true", "-c", "core.sparseCheckoutCone=false",
                    // A symbolic link in the repository becomes a small text file, never a door to the build machine's files.
                    "-c", "core.symlinks=false",
                    "-c", "fetch.unpackLimit=1",
                    "checkout", "--quiet", "--detach", commit,
                ],
                watch: true,
                cancellationToken);
    }

    private async Task<GitFailure?> RunAsync(string operation, string[] arguments, bool watch, CancellationToken cancellationToken)
    {
        var invocation = new GitInvocation(arguments, destination, deadline);
        if (watch)
        {
            invocation = invocation with { MeasureBytes = () => GitDirectories.Size(destination), MaxBytes = options.MaxFetchBytes };
        }

        var result = await runner.RunAsync(invocation, cancellationToken);
        if (!result.Succeeded)
        {
            return GitFailures.From(result, operation, url, options, wanted: commit);
        }

        // A fast local fetch can finish between two looks; measure once more before going on.
        return watch && GitDirectories.Size(destination) > options.MaxFetchBytes
            ? GitFailures.From(result with { Outcome = GitProcessOutcome.TooLarge }, operation, url, options)
            : null;
    }
}
