const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  __commonJS
} from "./chunk-NUWRJM76.js";

// node-builtin:http
var require_http = __commonJS({
  "node-builtin:http"(exports, module) {
    module.exports = process.getBuiltinModule("http");
  }
});

// node-builtin:https
var require_https = __commonJS({
  "node-builtin:https"(exports, module) {
    module.exports = process.getBuiltinModule("https");
  }
});

// node-builtin:events
var require_events = __commonJS({
  "node-builtin:events"(exports, module) {
    module.exports = process.getBuiltinModule("events");
  }
});

// node-builtin:assert
var require_assert = __commonJS({
  "node-builtin:assert"(exports, module) {
    module.exports = process.getBuiltinModule("assert");
  }
});

export {
  require_http,
  require_https,
  require_events,
  require_assert
};
