namespace SamDeploy.Diagnostics;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The template cannot be transformed.</summary>
    Error = 0,

    /// <summary>The template transforms, but something is likely wrong.</summary>
    Warning = 1,

    /// <summary>Information only.</summary>
    Info = 2,
}
