namespace SamDeploy.Cli;

/// <summary>A mistake in how the command was called, or a file that cannot be used; reported as exit code 2, without a stack trace.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in words the user can act on.</param>
    public UsageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the error that caused it.</summary>
    /// <param name="message">What is wrong, in words the user can act on.</param>
    /// <param name="innerException">The underlying error.</param>
    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
