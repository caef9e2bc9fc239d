namespace SamDeploy.Cli;

/// <summary>The process exit codes of <c>samdeploy</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every template was transformed.</summary>
    public const int Success = 0;

    /// <summary>At least one template is not a valid SAM template; the errors are on standard error.</summary>
    public const int InvalidTemplate = 1;

    /// <summary>The command line is wrong, or a file could not be read or written.</summary>
    public const int UsageError = 2;

    /// <summary>An unexpected exception: a bug in SamDeploy.</summary>
    public const int InternalError = 3;
}
