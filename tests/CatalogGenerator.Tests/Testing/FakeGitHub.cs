using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace FleetCatalog.Tests.Testing;

/// <summary>
/// A GitHub REST API stand-in on 127.0.0.1 that answers what Octokit asks for repository metadata:
/// <c>repos/{owner}/{repo}</c>, <c>.../releases</c>, <c>.../releases/latest</c> and <c>.../topics</c>, from
/// in-memory repositories tests can change. Like GitHub it sends ETags and answers a matching
/// If-None-Match with 304 (free of quota), counts a quota with <c>X-RateLimit-*</c> headers, answers 404 for
/// unknown repositories and 301 for renamed ones, and can misbehave on demand (<see cref="FakeGitHubFault"/>).
/// Every request is recorded with its headers and the status it got.
/// </summary>
internal sealed class FakeGitHub : IDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, FakeGitHubRepository> _repositories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _redirects = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeGitHubRequest> _requests = [];
    private readonly string _basePath;
    private readonly Task _loop;
    private long _nextId = 1000;
    private int _quotaLimit = 5000;
    private int _quotaRemaining = 5000;
    private DateTimeOffset _quotaReset = FakeGitHubFault.WholeSeconds(DateTimeOffset.UtcNow.AddHours(1));

    /// <param name="basePath">Where the API lives, e.g. <c>/api/v3/</c> like GitHub Enterprise; anything outside it answers 404.</param>
    public FakeGitHub(string basePath = "/")
    {
        _basePath = "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : string.Empty);
        (_listener, var root) = LoopbackHttpListener.Start();
        Url = root.TrimEnd('/') + _basePath;
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The API base URL to give the client (<c>--github-api-url</c>), ending in '/'.</summary>
    public string Url { get; }

    public Uri ApiUrl => new(Url);

    /// <summary>When set, a request carrying any other token gets 401 "Bad credentials" (no token is still fine).</summary>
    public string? AcceptedToken { get; set; }

    /// <summary>Misbehaviour for every request (checked before a repository's own).</summary>
    public FakeGitHubFault? Fault { get; set; }

    public int QuotaRemaining
    {
        get { lock (_lock) { return _quotaRemaining; } }
    }

    public IReadOnlyList<FakeGitHubRequest> Requests
    {
        get { lock (_lock) { return [.. _requests]; } }
    }

    public FakeGitHubRepository Add(string owner, string name, Action<FakeGitHubRepository>? configure = null)
    {
        lock (_lock)
        {
            var repository = new FakeGitHubRepository(owner, name, _nextId++);
            configure?.Invoke(repository);
            _repositories[repository.FullName] = repository;
            return repository;
        }
    }

    public FakeGitHubRepository this[string fullName]
    {
        get { lock (_lock) { return _repositories[fullName]; } }
    }

    public bool Remove(string owner, string name)
    {
        lock (_lock)
        {
            return _repositories.Remove($"{owner}/{name}");
        }
    }

    /// <summary>Answer requests for the old name with 301 to the new one, as GitHub does after a rename or transfer.</summary>
    public void Redirect(string fromOwner, string fromName, string toOwner, string toName)
    {
        lock (_lock)
        {
            _redirects[$"{fromOwner}/{fromName}"] = $"{toOwner}/{toName}";
        }
    }

    /// <summary>Sets the hourly quota; once <paramref name="remaining"/> requests (other than 304s) are spent, GitHub
    /// answers 403 until <paramref name="reset"/>, then refills to <paramref name="limit"/>.</summary>
    public void SetQuota(int remaining, DateTimeOffset reset, int limit = 5000)
    {
        lock (_lock)
        {
            (_quotaRemaining, _quotaReset, _quotaLimit) = (remaining, FakeGitHubFault.WholeSeconds(reset), limit);
        }
    }

    public void ClearRequests()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    /// <summary>The requests whose route (path below the base) starts with <paramref name="routePrefix"/>.</summary>
    public IReadOnlyList<FakeGitHubRequest> RequestsTo(string routePrefix) =>
        [.. Requests.Where(r => r.Route.StartsWith(routePrefix.TrimStart('/'), StringComparison.OrdinalIgnoreCase))];

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var headers = request.Headers.AllKeys.OfType<string>()
            .ToDictionary(k => k, k => request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
        var path = request.Url!.AbsolutePath;
        var route = path.StartsWith(_basePath, StringComparison.Ordinal) ? path[_basePath.Length..] : null;
        var query = request.Url.Query.TrimStart('?');
        FakeGitHubAnswer answer;
        lock (_lock)
        {
            answer = Decide(request.HttpMethod, route, query, headers);
            _requests.Add(new FakeGitHubRequest(request.HttpMethod, path, route ?? string.Empty, query, headers, answer.Status));
        }

        var response = context.Response;
        try
        {
            await answer.WriteAsync(response, _stop.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or HttpListenerException or ObjectDisposedException or IOException)
        {
            response.Abort();
        }
    }

    private FakeGitHubAnswer Decide(string method, string? route, string query, Dictionary<string, string> headers)
    {
        var now = DateTimeOffset.UtcNow;
        if (now >= _quotaReset)
        {
            (_quotaRemaining, _quotaReset) = (_quotaLimit, FakeGitHubFault.WholeSeconds(now.AddHours(1)));
        }

        if (AcceptedToken is not null && headers.TryGetValue("Authorization", out var auth)
            && !auth.Equals($"token {AcceptedToken}", StringComparison.OrdinalIgnoreCase)
            && !auth.Equals($"Bearer {AcceptedToken}", StringComparison.OrdinalIgnoreCase))
        {
            return Answer(401, Message("Bad credentials"));
        }

        var parts = (route ?? string.Empty).Split('/');
        var repositoryName = route is not null && parts is ["repos", _, _, ..] ? $"{parts[1]}/{parts[2]}" : null;
        _repositories.TryGetValue(repositoryName ?? string.Empty, out var repository);

        var delay = TimeSpan.Zero;
        foreach (var fault in new[] { Fault, repository?.Fault })
        {
            if (fault is null || !fault.TryApply())
            {
                continue;
            }

            switch (fault.Kind)
            {
                case FakeGitHubFaultKind.RateLimit:
                    return RateLimited(fault.ResetAt);
                case FakeGitHubFaultKind.SecondaryRateLimit:
                    var secondary = Answer(403, Message("You have exceeded a secondary rate limit. Please wait a few minutes before you try again."));
                    if (fault.RetryAfter is { } retryAfter)
                    {
                        secondary.Headers["Retry-After"] = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                    }

                    return secondary;
                case FakeGitHubFaultKind.ServerError:
                    return Answer((int)fault.Status, Message("Server Error"));
                case FakeGitHubFaultKind.Slow:
                    delay += fault.Delay;
                    break;
                case FakeGitHubFaultKind.Hang:
                    return Answer(200, Message("never sent")) with { Delay = Timeout.InfiniteTimeSpan };
                case FakeGitHubFaultKind.Trickle:
                    return Answer(200, Message(new string('x', 2000))) with { Trickle = fault.Delay };
                case FakeGitHubFaultKind.RateLimitAgain:
                    return RateLimited(FakeGitHubFault.WholeSeconds(now + fault.Delay));
            }
        }

        if (_quotaRemaining <= 0)
        {
            return RateLimited(_quotaReset) with { Delay = delay };
        }

        if (repositoryName is not null && repository is null && _redirects.TryGetValue(repositoryName, out var target))
        {
            var location = $"{Url}repos/{target}{string.Concat(parts.Skip(3).Select(p => "/" + p))}{(query.Length > 0 ? "?" + query : "")}";
            var moved = Answer(301, new JsonObject { ["message"] = "Moved Permanently", ["url"] = location }.ToJsonString());
            moved.Headers["Location"] = location;
            return moved with { Delay = delay };
        }

        var body = method == "GET" && repository is not null ? FakeGitHubRoutes.Body(repository, parts[3..], query, Url) : null;
        if (body is null)
        {
            _quotaRemaining--;
            return Answer(404, Message("Not Found")) with { Delay = delay };
        }

        var etag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..32]}\"";
        if (headers.TryGetValue("If-None-Match", out var ifNoneMatch) && ifNoneMatch.Split(',').Any(t => t.Trim() == etag))
        {
            var notModified = Answer(304, null);
            notModified.Headers["ETag"] = etag;
            return notModified with { Delay = delay };
        }

        _quotaRemaining--;
        var ok = Answer(200, body);
        ok.Headers["ETag"] = etag;
        return ok with { Delay = delay };
    }

    private FakeGitHubAnswer RateLimited(DateTimeOffset resetAt)
    {
        var answer = Answer(403, Message("API rate limit exceeded for 127.0.0.1. (But here's the good news: Authenticated requests get a higher rate limit.)"));
        answer.Headers["X-RateLimit-Remaining"] = "0";
        answer.Headers["X-RateLimit-Reset"] = resetAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return answer;
    }

    private FakeGitHubAnswer Answer(int status, string? body) => new(status, body, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["X-RateLimit-Limit"] = _quotaLimit.ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Remaining"] = Math.Max(0, _quotaRemaining).ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Reset"] = _quotaReset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ["X-RateLimit-Resource"] = "core",
        ["X-GitHub-Media-Type"] = "github.v3; format=json",
    }, TimeSpan.Zero);

    private static string Message(string message) =>
        new JsonObject { ["message"] = message, ["documentation_url"] = "https://docs.github.com/rest" }.ToJsonString();


    public void Dispose()
    {
        _stop.Cancel();
        LoopbackHttpListener.Stop(_listener);
        _loop.Wait(TimeSpan.FromSeconds(5));
        _stop.Dispose();
    }
}
