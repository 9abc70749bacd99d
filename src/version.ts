// The tool's name and version, as reports and the command state them.
export const TOOL_NAME = 'leak-gate';
export const TOOL_VERSION = '1.0.0';
