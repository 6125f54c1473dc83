using JobFramework.Comp.Diagnostics;

namespace JobFramework.Comp.Releases;

/// <summary>
/// What the loader reads from disk, and what it refuses. A rules folder is user-editable input to a
/// service that answers other people, so it reads only regular files that lie inside the rules folder:
/// <list type="bullet">
/// <item>a symbolic link (to a file or a folder, a release folder included) is followed only when everything
/// it leads to is inside the rules folder; a link leading out of it, or to nothing, is refused;</item>
/// <item>a file the file system reports as 0 bytes is never opened: devices and pipes (<c>/dev/zero</c>, a
/// FIFO) report 0, so they can neither hang nor exhaust the loader; an empty rule file is an error anyway;</item>
/// <item>at most <see cref="MaxFileBytes"/> per file, <see cref="MaxReleaseBytes"/> and <see cref="MaxFiles"/>
/// per release, <see cref="MaxFolderDepth"/> folder levels — checked before reading, and again while reading.</item>
/// </list>
/// Every refusal is an error naming the path (never the content, never where a link points), so the release is
/// rejected whole and no byte of a refused file reaches a diagnostic.
/// </summary>
public static class RuleFolder
{
    public const long MaxFileBytes = 16L * 1024 * 1024;
    public const long MaxReleaseBytes = 64L * 1024 * 1024;
    public const int MaxFiles = 2_000;
    public const int MaxFolderDepth = 8;

    /// <summary>Reads the files of a release folder under <paramref name="rulesRoot"/>, refusing what the rules above forbid.</summary>
    public static ReleaseSource Read(string releaseFolder, string rulesRoot)
    {
        string name = releaseFolder.TrimEnd('/', '\\').Replace('\\', '/');
        var refusals = new List<Diagnostic>();
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        string? root = RealPath(rulesRoot);
        string? real = RealPath(releaseFolder);
        if (root is null || real is null || !IsWithin(real, root))
        {
            refusals.Add(Refusal(name, "", Messages.LinkLeavesRules("release folder")));
            return new ReleaseSource(name, files, refusals);
        }

        long total = 0;
        Walk(new DirectoryInfo(real), "", 0);
        return new ReleaseSource(name, files, refusals);

        void Walk(DirectoryInfo folder, string prefix, int depth)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                string relative = prefix + entry.Name;
                if (files.Count >= MaxFiles)
                {
                    refusals.Add(Refusal(name, relative, Messages.TooManyRuleFiles(MaxFiles)));
                    return;
                }

                var target = entry;
                if (entry.LinkTarget is not null)
                {
                    string? resolved = RealPath(entry.FullName);
                    if (resolved is null || !IsWithin(resolved, root))
                    {
                        refusals.Add(Refusal(name, relative, Messages.LinkLeavesRules("link")));
                        continue;
                    }

                    target = Directory.Exists(resolved) ? new DirectoryInfo(resolved) : new FileInfo(resolved);
                }

                if (target is DirectoryInfo directory)
                {
                    if (depth + 1 >= MaxFolderDepth)
                    {
                        refusals.Add(Refusal(name, relative, Messages.RuleFoldersTooDeep(MaxFolderDepth)));
                        continue;
                    }

                    Walk(directory, relative + "/", depth + 1);
                    continue;
                }

                var file = (FileInfo)target;
                if (file.Length > MaxFileBytes || total + file.Length > MaxReleaseBytes)
                {
                    refusals.Add(Refusal(name, relative, file.Length > MaxFileBytes ? Messages.RuleFileTooLarge(file.Length, MaxFileBytes) : Messages.ReleaseTooLarge(MaxReleaseBytes)));
                    continue;
                }

                // 0 bytes on disk: empty, or a device or pipe that must not be opened. Either way nothing to read.
                byte[]? bytes = file.Length == 0 ? [] : ReadBounded(file.FullName, file.Length);
                if (bytes is null)
                {
                    refusals.Add(Refusal(name, relative, Messages.RuleFileTooLarge(MaxFileBytes + 1, MaxFileBytes)));
                    continue;
                }

                total += bytes.Length;
                files[relative] = bytes;
            }
        }
    }

    /// <summary>One file's bytes under the same rules (inside the rules folder, a regular size), or null.</summary>
    public static byte[]? TryReadFile(string path, string rulesRoot)
    {
        string? root = RealPath(rulesRoot);
        string? real = RealPath(path);
        if (root is null || real is null || !IsWithin(real, root) || !File.Exists(real))
        {
            return null;
        }

        long length = new FileInfo(real).Length;
        return length is 0 or > MaxFileBytes ? null : ReadBounded(real, length);
    }

    /// <summary>The canonical path with every link resolved (like realpath(3)), or null when a part is missing or links loop.</summary>
    public static string? RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        string resolved = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(full[resolved.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        int links = 0;
        while (pending.Count > 0)
        {
            string part = pending.Pop();
            string next = Path.Combine(resolved, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists && info.LinkTarget is null)
            {
                return null;
            }

            if (info.LinkTarget is not { } link)
            {
                resolved = next;
                continue;
            }

            if (++links > 40)
            {
                return null;
            }

            // Resolve the link's text relative to the folder holding it, and walk its parts in place of this one.
            string absolute = Path.IsPathRooted(link) ? link : Path.Combine(resolved, link);
            string rooted = Path.GetFullPath(absolute);
            foreach (string piece in rooted[Path.GetPathRoot(rooted)!.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }

            resolved = Path.GetPathRoot(rooted)!;
        }

        return resolved;
    }

    private static bool IsWithin(string path, string root) =>
        string.Equals(path, root, StringComparison.Ordinal)
        || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    // The file may have grown since its size was read: never hold more than the limit.
    private static byte[]? ReadBounded(string path, long expected)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var content = new MemoryStream((int)Math.Min(expected, MaxFileBytes));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (content.Length + read > MaxFileBytes)
            {
                return null;
            }

            content.Write(chunk, 0, read);
        }

        return content.ToArray();
    }

    private static Diagnostic Refusal(string release, string relative, string message) =>
        new(Codes.RefusedFile, Severity.Error, message, new SourceSpan(relative.Length == 0 ? release : release + "/" + relative, "", 1, 1));

}
