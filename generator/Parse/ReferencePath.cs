using System;

namespace UsageGen.Generator.Parse
{
    /// <summary>The file part of a <c>$ref</c>: where a relative reference leads from the file it is written in.</summary>
    internal static class ReferencePath
    {
        /// <summary>A reference to a URL (or another scheme's address) rather than to a file beside the description.</summary>
        public static bool IsRemote(string reference) => HasScheme(reference) || reference.StartsWith("//", StringComparison.Ordinal);

        // A scheme (http:, https:, file:, urn:) is a letter and then one or more letters, digits, '+', '.' or '-' before
        // the colon (RFC 3986): at least two characters, so that a Windows drive (C:) is not one.
        private static bool HasScheme(string reference)
        {
            if (reference.Length < 3 || !IsAsciiLetter(reference[0]))
            {
                return false;
            }

            for (var i = 1; i < reference.Length; i++)
            {
                var c = reference[i];
                if (c == ':')
                {
                    return i >= 2;
                }

                if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9') and not '+' and not '.' and not '-')
                {
                    return false;
                }
            }

            return false;
        }

        private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

        /// <summary>Splits <c>./pet.yaml#/Pet</c> into the file (<c>./pet.yaml</c>) and the fragment (<c>#/Pet</c>, or <c>#</c> for a whole file).</summary>
        public static (string File, string Fragment) Split(string reference)
        {
            var hash = reference.IndexOf('#');
            return hash < 0 ? (reference, "#") : (reference.Substring(0, hash), reference.Substring(hash));
        }

        /// <summary>The file <paramref name="relative"/> names, read from the directory of <paramref name="fromFile"/>.</summary>
        public static string Resolve(string fromFile, string relative)
        {
            var from = Normalize(fromFile);
            var slash = from.LastIndexOf('/');
            var directory = slash < 0 ? string.Empty : from.Substring(0, slash + 1);
            var file = Uri.UnescapeDataString(relative).Replace('\\', '/');
            return Normalize(file.StartsWith("/", StringComparison.Ordinal) ? file : directory + file);
        }

        /// <summary>One spelling per file: forward slashes, with <c>.</c> and <c>..</c> segments folded away.</summary>
        public static string Normalize(string path)
        {
            if (IsNormal(path))
            {
                return path;
            }

            // Segments are folded into one buffer (the result is never longer than the path); starts[k] is where the
            // k-th kept segment begins, so '..' can drop the segment before it.
            var buffer = new char[path.Length];
            var starts = new int[path.Length + 1];
            int length = 0, count = 0, partStart = 0;
            for (var i = 0; i <= path.Length; i++)
            {
                if (i < path.Length && path[i] != '/' && path[i] != '\\')
                {
                    continue;
                }

                var partLength = i - partStart;
                var skipped = IsDots(path, partStart, partLength, 1) || (partLength == 0 && partStart > 0 && i < path.Length);
                if (!skipped && IsDots(path, partStart, partLength, 2) && count > 0 && !IsParentOrRoot(buffer, starts[count - 1], length))
                {
                    count--;
                    length = count == 0 ? 0 : starts[count] - 1;
                    skipped = true;
                }

                if (!skipped)
                {
                    if (count > 0)
                    {
                        buffer[length++] = '/';
                    }

                    starts[count++] = length;
                    path.CopyTo(partStart, buffer, length, partLength);
                    length += partLength;
                }

                partStart = i + 1;
            }

            return new string(buffer, 0, length);
        }

        private static bool IsDots(string text, int start, int length, int dots) =>
            length == dots && text[start] == '.' && (dots == 1 || text[start + 1] == '.');

        // A kept '..' (nothing left to go up from) or the empty segment before an absolute path's first slash.
        private static bool IsParentOrRoot(char[] buffer, int start, int end) =>
            end == start || (end - start == 2 && buffer[start] == '.' && buffer[start + 1] == '.');

        // Most paths are spelled once already: forward slashes only, no empty segment inside, no "." or ".." segment.
        private static bool IsNormal(string path)
        {
            if (path.IndexOf('\\') >= 0 || path.IndexOf("//", StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            for (var i = 0; i < path.Length; i++)
            {
                if (path[i] != '.' || (i > 0 && path[i - 1] != '/'))
                {
                    continue;
                }

                var end = i + 1 < path.Length && path[i + 1] == '.' ? i + 2 : i + 1;
                if (end == path.Length || path[end] == '/')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// How a project names <paramref name="file"/> in an <c>AdditionalFiles</c> item: relative to the project
        /// directory when the file is inside it, its full path otherwise.
        /// </summary>
        public static string IncludeFor(string file, string? projectDirectory)
        {
            if (projectDirectory is null)
            {
                return file;
            }

            var directory = Normalize(projectDirectory).TrimEnd('/') + "/";
            return file.StartsWith(directory, StringComparison.OrdinalIgnoreCase) ? file.Substring(directory.Length) : file;
        }
    }
}
