namespace SamDeploy.Diagnostics;

/// <summary>Describes one kind of diagnostic: a stable id, a title and a severity.</summary>
/// <param name="Id">A stable identifier such as <c>SAM0001</c>.</param>
/// <param name="Title">A short description of the kind of problem.</param>
/// <param name="Severity">The default severity.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, DiagnosticSeverity Severity);
