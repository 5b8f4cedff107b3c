namespace FleetCatalog.DeployButton;

/// <summary>Why a value cannot go into a deploy URL. The <see cref="DeployButtonError.Message"/> says it in words.</summary>
public enum DeployButtonErrorKind
{
    /// <summary>The value is empty or only white space.</summary>
    Missing,

    /// <summary>The value is not a complete web address (no <c>https://</c>, a space inside, or a git address such as <c>https://github.com:owner/repo</c>).</summary>
    Malformed,

    /// <summary>The address does not use <c>https</c> (<c>http://</c>, <c>git@host:…</c>, <c>ssh://</c>, <c>git://</c>, …).</summary>
    NotHttps,

    /// <summary>The address holds a user name, password or token before the host.</summary>
    Credentials,

    /// <summary>The repository address has a query (<c>?tab=readme</c>).</summary>
    Query,

    /// <summary>The repository address has a fragment (<c>#readme</c>).</summary>
    Fragment,

    /// <summary>The address names a host the balena dashboard cannot reach (<c>localhost</c>, a private network address, a name without a dot).</summary>
    NotPublic,

    /// <summary>The repository address names no repository (<c>https://github.com/owner</c>) or a page inside one (<c>…/tree/dev</c>).</summary>
    NotARepository,

    /// <summary>The address is a web page that shows a file (<c>github.com/…/blob/…</c>), not the file itself.</summary>
    NotRawFile,

    /// <summary>The device type is not a device-type slug (slugs are lowercase letters, digits and hyphens).</summary>
    InvalidDeviceType,
}
