const { createRequire: __cmCreateRequire } = process.getBuiltinModule('node:module');
const { fileURLToPath: __cmFileURLToPath } = process.getBuiltinModule('node:url');
const { dirname: __cmDirname } = process.getBuiltinModule('node:path');
const require = __cmCreateRequire(import.meta.url);
const __cmFilename = __cmFileURLToPath(import.meta.url);
const __cmDirnameValue = __cmDirname(__cmFilename);
import {
  require_undici
} from "./chunks/chunk-5LJR3LFX.js";
import {
  require_assert,
  require_dist2 as require_dist,
  require_events,
  require_http,
  require_https
} from "./chunks/chunk-RLKCIKW5.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-NUWRJM76.js";

// node-builtin:os
var require_os = __commonJS({
  "node-builtin:os"(exports, module) {
    module.exports = process.getBuiltinModule("os");
  }
});

// node-builtin:crypto
var require_crypto = __commonJS({
  "node-builtin:crypto"(exports, module) {
    module.exports = process.getBuiltinModule("crypto");
  }
});

// node-builtin:fs
var require_fs = __commonJS({
  "node-builtin:fs"(exports, module) {
    module.exports = process.getBuiltinModule("fs");
  }
});

// node-builtin:path
var require_path = __commonJS({
  "node-builtin:path"(exports, module) {
    module.exports = process.getBuiltinModule("path");
  }
});

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http2 = __require("http");
    var https2 = __require("https");
    var events2 = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = http2.request;
      return agent2;
    }
    function httpsOverHttp2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = http2.request;
      agent2.createSocket = createSecureSocket;
      agent2.defaultPort = 443;
      return agent2;
    }
    function httpOverHttps2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = https2.request;
      return agent2;
    }
    function httpsOverHttps2(options) {
      var agent2 = new TunnelingAgent(options);
      agent2.request = https2.request;
      agent2.createSocket = createSecureSocket;
      agent2.defaultPort = 443;
      return agent2;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http2.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events2.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// node-builtin:string_decoder
var require_string_decoder = __commonJS({
  "node-builtin:string_decoder"(exports, module) {
    module.exports = process.getBuiltinModule("string_decoder");
  }
});

// node-builtin:child_process
var require_child_process = __commonJS({
  "node-builtin:child_process"(exports, module) {
    module.exports = process.getBuiltinModule("child_process");
  }
});

// node-builtin:timers
var require_timers = __commonJS({
  "node-builtin:timers"(exports, module) {
    module.exports = process.getBuiltinModule("timers");
  }
});

// node-builtin:node:fs
var require_node_fs = __commonJS({
  "node-builtin:node:fs"(exports, module) {
    module.exports = process.getBuiltinModule("node:fs");
  }
});

// node-builtin:node:timers/promises
var require_promises = __commonJS({
  "node-builtin:node:timers/promises"(exports, module) {
    module.exports = process.getBuiltinModule("node:timers/promises");
  }
});

// node-builtin:node:path
var require_node_path = __commonJS({
  "node-builtin:node:path"(exports, module) {
    module.exports = process.getBuiltinModule("node:path");
  }
});

// node-builtin:node:crypto
var require_node_crypto = __commonJS({
  "node-builtin:node:crypto"(exports, module) {
    module.exports = process.getBuiltinModule("node:crypto");
  }
});

// node-builtin:node:fs/promises
var require_promises2 = __commonJS({
  "node-builtin:node:fs/promises"(exports, module) {
    module.exports = process.getBuiltinModule("node:fs/promises");
  }
});

// node-builtin:node:os
var require_node_os = __commonJS({
  "node-builtin:node:os"(exports, module) {
    module.exports = process.getBuiltinModule("node:os");
  }
});

// node-builtin:node:worker_threads
var require_node_worker_threads = __commonJS({
  "node-builtin:node:worker_threads"(exports, module) {
    module.exports = process.getBuiltinModule("node:worker_threads");
  }
});

// node_modules/@actions/core/lib/command.js
var os = __toESM(require_os(), 1);

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
var crypto = __toESM(require_crypto(), 1);
var fs = __toESM(require_fs(), 1);
var os2 = __toESM(require_os(), 1);
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
var os5 = __toESM(require_os(), 1);
var path5 = __toESM(require_path(), 1);

// node_modules/@actions/http-client/lib/index.js
var http = __toESM(require_http(), 1);
var https = __toESM(require_https(), 1);

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a2) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve5(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve5(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info2 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info2, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info2, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info2 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info2, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info2, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve5(res);
          }
        }
        this.requestRawWithCallback(info2, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info2, data, onResult) {
    if (typeof data === "string") {
      if (!info2.options.headers) {
        info2.options.headers = {};
      }
      info2.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info2.httpModule.request(info2.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info2.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info2 = {};
    info2.parsedUrl = requestUrl;
    const usingSsl = info2.parsedUrl.protocol === "https:";
    info2.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info2.options = {};
    info2.options.host = info2.parsedUrl.hostname;
    info2.options.port = info2.parsedUrl.port ? parseInt(info2.parsedUrl.port) : defaultPort;
    info2.options.path = (info2.parsedUrl.pathname || "") + (info2.parsedUrl.search || "");
    info2.options.method = method;
    info2.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info2.options.headers["user-agent"] = this.userAgent;
    }
    info2.options.agent = this._getAgent(info2.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info2.options);
      }
    }
    return info2;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent2;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent2 = this._proxyAgent;
    }
    if (!useProxy) {
      agent2 = this._agent;
    }
    if (agent2) {
      return agent2;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent2 = tunnelAgent(agentOptions);
      this._proxyAgent = agent2;
    }
    if (!agent2) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent2 = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent2;
    }
    if (usingSsl && this._ignoreSslError) {
      agent2.options = Object.assign(agent2.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent2;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new (require_undici()).ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve5) => setTimeout(() => resolve5(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve5, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve5(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve5(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a2;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error2) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error2.statusCode}
 
        Error Message: ${error2.message}`);
      });
      const id_token = (_a2 = res.result) === null || _a2 === void 0 ? void 0 : _a2.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error2) {
        throw new Error(`Error message: ${error2.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
var import_os = __toESM(require_os(), 1);
var import_fs = __toESM(require_fs(), 1);
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = import_fs.promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, import_fs.constants.R_OK | import_fs.constants.W_OK);
      } catch (_a2) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter4(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter4(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(import_os.EOL);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
var path = __toESM(require_path(), 1);

// node_modules/@actions/core/lib/platform.js
var import_os2 = __toESM(require_os(), 1);

// node_modules/@actions/exec/lib/exec.js
var import_string_decoder = __toESM(require_string_decoder(), 1);

// node_modules/@actions/exec/lib/toolrunner.js
var os3 = __toESM(require_os(), 1);
var events = __toESM(require_events(), 1);
var child = __toESM(require_child_process(), 1);
var path4 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io.js
var import_assert = __toESM(require_assert(), 1);
var path3 = __toESM(require_path(), 1);

// node_modules/@actions/io/lib/io-util.js
var fs2 = __toESM(require_fs(), 1);
var path2 = __toESM(require_path(), 1);
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var import_timers = __toESM(require_timers(), 1);
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = import_os2.default.platform();
var arch = import_os2.default.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve5) {
      resolve5(value);
    });
  }
  return new (P || (P = Promise))(function(resolve5, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve5(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function getIDToken(aud) {
  return __awaiter5(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/core/errors.ts
var ChainmailError = class extends Error {
  code;
  constructor(code, message, options) {
    super(message, options);
    this.name = "ChainmailError";
    this.code = code;
  }
};
var ValidationError = class extends ChainmailError {
  problems;
  constructor(code, what, problems) {
    super(code, `${what}: ${problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    this.name = "ValidationError";
    this.problems = problems;
  }
};
function isChainmailError(e) {
  return e instanceof ChainmailError;
}

// src/actions/shared/run-action.ts
async function runAction(body) {
  try {
    await body();
  } catch (error2) {
    debug(error2 instanceof Error ? error2.stack ?? error2.message : String(error2));
    setFailed(failureLine(error2));
  }
}
function failureLine(error2) {
  if (isChainmailError(error2)) return `${oneLine(error2.message)} [${error2.code}]`;
  return `unexpected error: ${oneLine(error2 instanceof Error ? error2.message : String(error2))}`;
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, " ").trim();
}

// src/github/runner-context.ts
var import_node_fs = __toESM(require_node_fs(), 1);
function readRunnerContext(env = process.env) {
  const missing = ["GITHUB_REPOSITORY", "GITHUB_WORKSPACE", "RUNNER_TEMP"].filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new ChainmailError("GITHUB_CONTEXT_INVALID", `${missing.join(", ")} not set: chainmail actions run on a GitHub Actions runner (or an environment that sets the same variables)`);
  }
  const repository = env.GITHUB_REPOSITORY;
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new ChainmailError("GITHUB_CONTEXT_INVALID", `GITHUB_REPOSITORY "${repository}" is not owner/repo`);
  }
  return {
    serverUrl: trimSlash(env.GITHUB_SERVER_URL || "https://github.com"),
    apiUrl: trimSlash(env.GITHUB_API_URL || "https://api.github.com"),
    repository,
    eventName: env.GITHUB_EVENT_NAME ?? "",
    event: readEvent(env.GITHUB_EVENT_PATH),
    workspace: env.GITHUB_WORKSPACE,
    runnerTemp: env.RUNNER_TEMP,
    ...env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {},
    ...env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}
  };
}
function readEvent(path7) {
  if (!path7) return {};
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(path7, "utf8");
  } catch (error2) {
    throw new ChainmailError("GITHUB_CONTEXT_INVALID", `GITHUB_EVENT_PATH ${path7} cannot be read: ${error2.message}`, { cause: error2 });
  }
  try {
    const event = JSON.parse(text);
    return typeof event === "object" && event !== null && !Array.isArray(event) ? event : {};
  } catch (error2) {
    throw new ChainmailError("GITHUB_CONTEXT_INVALID", `GITHUB_EVENT_PATH ${path7} is not JSON: ${error2.message}`, { cause: error2 });
  }
}
function trimSlash(url) {
  return url.replace(/\/+$/, "");
}

// src/github/oidc.ts
async function requestOidcToken(audience, timeoutMs, env = process.env) {
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new ChainmailError(
      "OIDC_UNAVAILABLE",
      "no OIDC token: add `permissions: id-token: write` to the job (pull requests from forks never get one; sign on push or release instead)"
    );
  }
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new ChainmailError("OIDC_FAILED", `the runner's OIDC endpoint did not answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const token = await Promise.race([getIDToken(audience), timeout]);
    setSecret(token);
    return token;
  } catch (error2) {
    if (error2 instanceof ChainmailError) throw error2;
    const detail = String(error2.message).split("\n").map((l) => l.trim()).filter(Boolean).join(" ");
    throw new ChainmailError("OIDC_FAILED", `could not get an OIDC token from the runner: ${detail}`, { cause: error2 });
  } finally {
    clearTimeout(timer);
  }
}

// src/github/api-headers.ts
function githubHeaders(token, contentType = "application/json") {
  return {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${token}`,
    "content-type": contentType,
    "user-agent": "chainmail",
    "x-github-api-version": "2022-11-28"
  };
}
function githubMessage(text) {
  try {
    const body = JSON.parse(text);
    if (typeof body.message === "string") return body.message;
  } catch {
  }
  return text.trim().split("\n")[0]?.slice(0, 200) ?? "";
}

// src/github/http.ts
var import_promises = __toESM(require_promises(), 1);

// src/core/network-policy.ts
function backoffMs(network, attempt) {
  return Math.min(network.minBackoffMs * 2 ** (attempt - 1), network.minBackoffMs * 16);
}
function isRetryableStatus(status) {
  return status === 408 || status === 429 || status >= 500;
}

// src/core/commonjs-exports.ts
function commonJsExports(namespace) {
  return namespace.default ?? namespace;
}

// src/github/fetch.ts
function proxyFor(url, env) {
  return new URL(url).protocol === "https:" ? named(env, "https_proxy", "HTTPS_PROXY") : named(env, "http_proxy", "HTTP_PROXY");
}
var undici;
var agent;
async function environmentFetch(url, init, env = process.env) {
  if (proxyFor(url, env) === void 0) return fetch(url, init);
  undici ??= import("./chunks/undici-ZWYT4DJ2.js").then((namespace) => commonJsExports(namespace));
  const { fetch: viaProxy, EnvHttpProxyAgent } = await undici;
  const httpProxy = named(env, "http_proxy", "HTTP_PROXY");
  const httpsProxy = named(env, "https_proxy", "HTTPS_PROXY");
  const noProxy = named(env, "no_proxy", "NO_PROXY") ?? "";
  const settings = JSON.stringify([httpProxy, httpsProxy, noProxy]);
  if (agent?.settings !== settings) {
    agent = { settings, dispatcher: new EnvHttpProxyAgent({ ...httpProxy ? { httpProxy } : {}, ...httpsProxy ? { httpsProxy } : {}, noProxy }) };
  }
  return viaProxy(url, { ...init, dispatcher: agent.dispatcher });
}
function named(env, ...names) {
  for (const name of names) if (env[name]) return env[name];
  return void 0;
}

// src/github/http.ts
async function requestWithRetry(request, network, what, code) {
  let lastProblem = "";
  let retryAfter;
  for (let attempt = 0; attempt <= network.retries; attempt++) {
    if (attempt > 0) await (0, import_promises.setTimeout)(retryAfter ?? backoffMs(network, attempt));
    retryAfter = void 0;
    try {
      const response = await environmentFetch(request.url, {
        method: request.method,
        headers: request.headers ?? {},
        ...request.body === void 0 ? {} : { body: request.body },
        signal: AbortSignal.timeout(network.timeoutMs)
      });
      const body = await readBody(response, request.maxBytes, what, code);
      const text = body.toString("utf8");
      if (!isRetryableStatus(response.status)) return { status: response.status, headers: response.headers, text, body };
      lastProblem = `HTTP ${response.status}${summarize(text)}`;
      retryAfter = retryAfterMs(response.headers.get("retry-after"), network);
    } catch (error2) {
      if (error2 instanceof ChainmailError) throw error2;
      lastProblem = connectionProblem(error2, network);
    }
  }
  throw new ChainmailError(code, `${what} failed after ${network.retries + 1} attempts: ${lastProblem}`);
}
async function readBody(response, maxBytes, what, code) {
  const tooLarge = (size) => new ChainmailError(code, `${what}: the response is ${size} bytes; the limit is ${maxBytes} bytes`);
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (maxBytes !== void 0 && Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge(declared);
  }
  const body = Buffer.from(await response.arrayBuffer());
  if (maxBytes !== void 0 && body.length > maxBytes) throw tooLarge(body.length);
  return body;
}
function retryAfterMs(header, network) {
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1e3, network.minBackoffMs * 16) : void 0;
}
function connectionProblem(error2, network) {
  if (error2 instanceof Error && (error2.name === "TimeoutError" || error2.name === "AbortError")) {
    return `no answer within ${network.timeoutMs} ms`;
  }
  const cause = error2 instanceof Error ? error2.cause : void 0;
  return cause?.code ?? cause?.message ?? (error2 instanceof Error ? error2.message : String(error2));
}
function summarize(text) {
  const line = text.trim().split("\n")[0]?.slice(0, 200) ?? "";
  return line ? `: ${line}` : "";
}

// src/github/workflow-run.ts
async function workflowRunStartedAt(run, debug2) {
  try {
    const response = await requestWithRetry(
      { method: "GET", url: `${run.apiUrl}/repos/${run.repository}/actions/runs/${run.runId}`, headers: githubHeaders(run.token) },
      { ...run.network, retries: Math.min(run.network.retries, 1) },
      "reading the workflow run",
      "UPLOAD_FAILED"
    );
    if (response.status !== 200) {
      debug2(`workflow run ${run.runId}: HTTP ${response.status}; provenance will not record startedOn`);
      return void 0;
    }
    const startedAt = JSON.parse(response.text).run_started_at;
    return typeof startedAt === "string" && !Number.isNaN(Date.parse(startedAt)) ? startedAt : void 0;
  } catch (error2) {
    debug2(`workflow run ${run.runId}: ${error2.message}; provenance will not record startedOn`);
    return void 0;
  }
}

// src/core/defined.ts
function definedOnly(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}

// src/core/intoto/types.ts
var STATEMENT_TYPE_V1 = "https://in-toto.io/Statement/v1";
var PAYLOAD_TYPE_INTOTO = "application/vnd.in-toto+json";

// src/core/intoto/json-shape.ts
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isAbsent(value) {
  return value === void 0 || value === null;
}
function describeJson(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}
var IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
function childPath(base, key) {
  if (typeof key === "number") return `${base}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${base}[${JSON.stringify(key)}]`;
  return base === "" ? key : `${base}.${key}`;
}

// src/core/intoto/digest-set.ts
var FIXED_HEX_LENGTHS = {
  sha256: [64],
  sha224: [56],
  sha384: [96],
  sha512: [128],
  sha512_224: [56],
  sha512_256: [64],
  sha3_224: [56],
  sha3_256: [64],
  sha3_384: [96],
  sha3_512: [128],
  sha1: [40],
  md5: [32],
  ripemd160: [40],
  sm3: [64],
  gost: [64, 128],
  // GOST R 34.11-94 / Streebog-256, Streebog-512
  // Git object ids: SHA-1 or SHA-256 repositories.
  gitCommit: [40, 64],
  gitTree: [40, 64],
  gitBlob: [40, 64],
  gitTag: [40, 64],
  // The spec's heading says `dirHash`, its example says `dirHash1`; both are a sha256 in hex.
  dirHash: [64],
  dirHash1: [64]
};
var VARIABLE_HEX_MAX = {
  shake128: Number.POSITIVE_INFINITY,
  shake256: Number.POSITIVE_INFINITY,
  blake2b: 128,
  blake2s: 64
};
var LOWER_HEX = /^[0-9a-f]+$/;
var ANY_CASE_HEX = /^[0-9a-fA-F]+$/;
function isKnownDigestAlgorithm(algorithm) {
  return Object.hasOwn(FIXED_HEX_LENGTHS, algorithm) || Object.hasOwn(VARIABLE_HEX_MAX, algorithm);
}
function expectedHexLengths(algorithm) {
  return Object.hasOwn(FIXED_HEX_LENGTHS, algorithm) ? FIXED_HEX_LENGTHS[algorithm] : void 0;
}
function validateDigestValue(algorithm, value, path7) {
  if (typeof value !== "string") return [{ path: path7, message: `must be a string, not ${describeJson(value)}` }];
  if (value === "") return [{ path: path7, message: "must not be empty" }];
  if (!isKnownDigestAlgorithm(algorithm)) return [];
  if (!LOWER_HEX.test(value)) {
    const why = ANY_CASE_HEX.test(value) ? "must be lowercase hex" : "must be hex (0-9, a-f)";
    return [{ path: path7, message: why }];
  }
  const lengths = expectedHexLengths(algorithm);
  if (lengths !== void 0 && !lengths.includes(value.length)) {
    const want = lengths.join(" or ");
    return [{ path: path7, message: `must be ${want} hex characters for ${algorithm}, got ${value.length}` }];
  }
  const max = VARIABLE_HEX_MAX[algorithm];
  if (max !== void 0 && (value.length % 2 !== 0 || value.length > max)) {
    const limit = Number.isFinite(max) ? ` of at most ${max} characters` : "";
    return [{ path: path7, message: `must be whole bytes of hex${limit} for ${algorithm}, got ${value.length}` }];
  }
  return [];
}
function validateDigestSet(value, path7) {
  if (!isJsonObject(value)) {
    return [{ path: path7, message: `must be an object of algorithm -> digest, not ${describeJson(value)}` }];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return [{ path: path7, message: "must contain at least one digest" }];
  const problems = [];
  for (const [algorithm, digest] of entries) {
    const at = childPath(path7, algorithm);
    if (algorithm === "") problems.push({ path: at, message: "algorithm name must not be empty" });
    else problems.push(...validateDigestValue(algorithm, digest, at));
  }
  return problems;
}

// src/core/intoto/uri.ts
var URI_WITH_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]+:[^\s]+$/;
function isUri(value) {
  return typeof value === "string" && URI_WITH_SCHEME.test(value);
}

// src/core/intoto/resource-descriptor.ts
var BASE64 = /^[A-Za-z0-9+/_-]*={0,2}$/;
function validateResourceDescriptor(value, path7, rules = {}) {
  if (!isJsonObject(value)) return [{ path: path7, message: `must be an object, not ${describeJson(value)}` }];
  const problems = [];
  const at = (key) => childPath(path7, key);
  const { name, uri, digest, content, downloadLocation, mediaType, annotations } = value;
  if (!isAbsent(name) && typeof name !== "string") problems.push({ path: at("name"), message: "must be a string" });
  if (!isAbsent(uri) && !isUri(uri)) problems.push({ path: at("uri"), message: "must be a URI with a scheme" });
  if (!isAbsent(digest)) problems.push(...validateDigestSet(digest, at("digest")));
  if (!isAbsent(content) && (typeof content !== "string" || !BASE64.test(content))) {
    problems.push({ path: at("content"), message: "must be a base64 string" });
  }
  if (!isAbsent(downloadLocation) && !isUri(downloadLocation)) {
    problems.push({ path: at("downloadLocation"), message: "must be a URI with a scheme" });
  }
  if (!isAbsent(mediaType) && (typeof mediaType !== "string" || mediaType === "")) {
    problems.push({ path: at("mediaType"), message: "must be a non-empty string" });
  }
  if (!isAbsent(annotations) && !isJsonObject(annotations)) {
    problems.push({ path: at("annotations"), message: `must be an object, not ${describeJson(annotations)}` });
  }
  if (rules.requireDigest === true && isAbsent(digest)) {
    problems.push({ path: at("digest"), message: "is required" });
  } else if (isAbsent(uri) && isAbsent(digest) && isAbsent(content)) {
    problems.push({ path: path7, message: "must have at least one of uri, digest or content" });
  }
  return problems;
}

// src/core/intoto/statement.ts
var ROOT_PATH = "$";
function validateStatement(value) {
  if (!isJsonObject(value)) return [{ path: ROOT_PATH, message: `must be a JSON object, not ${describeJson(value)}` }];
  return [
    ...validateType(value._type),
    ...validateSubjects(value.subject),
    ...validatePredicateTypeField(value.predicateType),
    ...validatePredicateField(value.predicate)
  ];
}
function validateType(type) {
  if (isAbsent(type)) return [{ path: "_type", message: "is required" }];
  if (type === STATEMENT_TYPE_V1) return [];
  const found = typeof type === "string" ? JSON.stringify(type) : describeJson(type);
  return [{ path: "_type", message: `must be "${STATEMENT_TYPE_V1}", not ${found}` }];
}
function validateSubjects(subject) {
  if (isAbsent(subject)) return [{ path: "subject", message: "is required" }];
  if (!Array.isArray(subject)) return [{ path: "subject", message: `must be an array, not ${describeJson(subject)}` }];
  if (subject.length === 0) return [{ path: "subject", message: "must list at least one subject" }];
  return subject.flatMap((s, i) => validateResourceDescriptor(s, childPath("subject", i), { requireDigest: true }));
}
function validatePredicateTypeField(type) {
  if (isAbsent(type)) return [{ path: "predicateType", message: "is required" }];
  if (typeof type !== "string") return [{ path: "predicateType", message: `must be a string, not ${describeJson(type)}` }];
  if (!isUri(type)) return [{ path: "predicateType", message: "must be a URI with a scheme" }];
  return [];
}
function validatePredicateField(predicate) {
  if (isAbsent(predicate) || isJsonObject(predicate)) return [];
  return [{ path: "predicate", message: `must be an object, not ${describeJson(predicate)}` }];
}
function makeStatement(subjects, predicateType, predicate) {
  const statement = { _type: STATEMENT_TYPE_V1, subject: [...subjects], predicateType };
  if (predicate !== void 0) statement.predicate = predicate;
  const problems = validateStatement(statement);
  if (problems.length > 0) throw new ValidationError("STATEMENT_INVALID", "in-toto statement", problems);
  return statement;
}

// src/core/intoto/timestamp.ts
var RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
function toTimestamp(value) {
  if (typeof value !== "string") return fromDate(value);
  const text = value.toUpperCase();
  const m = RFC3339.exec(text);
  if (m === null) return void 0;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const valid = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && probe.getUTCHours() === hour && probe.getUTCMinutes() === minute && probe.getUTCSeconds() === second;
  if (!valid) return void 0;
  return m[8] === "Z" ? text : fromDate(new Date(text));
}
function fromDate(date) {
  if (Number.isNaN(date.getTime())) return void 0;
  return date.toISOString().replace(/\.000Z$/, "Z");
}

// src/core/predicates/slsa-provenance/v1/types.ts
var SLSA_PROVENANCE_V1_TYPE = "https://slsa.dev/provenance/v1";
var GITHUB_WORKFLOW_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";

// src/core/github-context.ts
function claimProblems(claims, required) {
  const problems = [];
  for (const name of required) {
    const value = claims[name];
    if (value === void 0 || value === null) problems.push({ path: name, message: "claim is missing" });
    else if (typeof value !== "string" || value === "") problems.push({ path: name, message: "claim must be a non-empty string" });
  }
  return problems;
}
function requireGitHubClaims(claims, required) {
  const problems = claimProblems(claims, required);
  if (problems.length > 0) throw new ValidationError("GITHUB_CONTEXT_INVALID", "OIDC token claims", problems);
  return claims;
}
var BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
function decodeJwtClaims(token) {
  const parts = token.trim().split(".");
  if (parts.length !== 3) fail(`expected 3 dot-separated parts, found ${parts.length}`);
  const payload = parts[1] ?? "";
  if (!BASE64URL.test(payload)) fail("the payload is not base64url");
  let claims;
  try {
    const json = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(payload, "base64url"));
    claims = JSON.parse(json);
  } catch {
    fail("the payload is not UTF-8 JSON");
  }
  if (typeof claims !== "object" || claims === null || Array.isArray(claims)) fail("the payload is not a JSON object");
  return claims;
}
function fail(why) {
  throw new ChainmailError("OIDC_FAILED", `the OIDC token is malformed: ${why}`);
}

// src/core/predicates/slsa-provenance/v1/workflow-ref.ts
function splitWorkflowRef(workflowRef, repository, ref) {
  const prefix2 = `${repository}/`;
  if (!workflowRef.startsWith(prefix2)) return void 0;
  const rest = workflowRef.slice(prefix2.length);
  if (ref !== void 0 && ref !== "" && rest.endsWith(`@${ref}`) && rest.length > ref.length + 1) {
    return { path: rest.slice(0, rest.length - ref.length - 1), ref };
  }
  const at = rest.indexOf("@");
  if (at <= 0 || at === rest.length - 1) return void 0;
  return { path: rest.slice(0, at), ref: rest.slice(at + 1) };
}

// src/core/predicates/slsa-provenance/v1/github.ts
var PROVENANCE_REQUIRED_CLAIMS = [
  "repository",
  "ref",
  "sha",
  "workflow_ref",
  "job_workflow_ref",
  "event_name",
  "repository_id",
  "repository_owner_id",
  "runner_environment",
  "run_id",
  "run_attempt"
];
function buildGitHubProvenance(claims, context) {
  const claimIssues = claimProblems(claims, PROVENANCE_REQUIRED_CLAIMS);
  const workflow = claimIssues.length === 0 ? splitWorkflowRef(claims.workflow_ref, claims.repository, claims.ref) : void 0;
  if (claimIssues.length === 0 && workflow === void 0) {
    claimIssues.push({ path: "workflow_ref", message: `must be "${claims.repository}/<path>@<ref>"` });
  }
  if (claimIssues.length > 0 || workflow === void 0) {
    throw new ValidationError("GITHUB_CONTEXT_INVALID", "OIDC token claims", claimIssues);
  }
  const { serverUrl, inputs, startedOn, problems } = readContext(context, claims.event_name);
  if (problems.length > 0) throw new ValidationError("GITHUB_CONTEXT_INVALID", "GitHub context", problems);
  const repositoryUrl = `${serverUrl}/${claims.repository}`;
  const externalParameters = {
    workflow: { ref: workflow.ref, repository: repositoryUrl, path: workflow.path }
  };
  if (inputs !== void 0) externalParameters.inputs = inputs;
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters,
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment
        }
      },
      resolvedDependencies: [{ uri: `git+${repositoryUrl}@${claims.ref}`, digest: { gitCommit: claims.sha } }]
    },
    runDetails: {
      builder: { id: `${serverUrl}/${claims.job_workflow_ref}` },
      metadata: {
        invocationId: `${repositoryUrl}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
        ...startedOn === void 0 ? {} : { startedOn }
      }
    }
  };
}
function readContext(context, eventName) {
  const problems = [];
  const serverUrl = context.serverUrl.replace(/\/+$/, "");
  if (!/^https?:\/\/[^/\s]+(\/[^\s]*)?$/.test(serverUrl) || !URL.canParse(serverUrl)) {
    problems.push({ path: "serverUrl", message: "must be an http(s) URL such as https://github.com" });
  }
  let startedOn;
  if (context.startedOn !== void 0) {
    startedOn = toTimestamp(context.startedOn);
    if (startedOn === void 0) problems.push({ path: "startedOn", message: "must be an RFC 3339 date-time" });
  }
  let inputs;
  if (context.workflowInputs !== void 0 && eventName === "workflow_dispatch") {
    if (!isJsonObject(context.workflowInputs)) problems.push({ path: "workflowInputs", message: "must be an object" });
    else inputs = nonEmpty(context.workflowInputs);
  }
  return { serverUrl, inputs, startedOn, problems };
}
function nonEmpty(inputs) {
  const kept = Object.entries(inputs).filter(([, v]) => v !== "" && v !== null && v !== void 0);
  return kept.length === 0 ? void 0 : Object.fromEntries(kept);
}

// src/actions/shared/input-parsers.ts
var InputProblems = class {
  problems = [];
  add(input, message) {
    this.problems.push({ path: input, message });
  }
  boolean(input, value) {
    const v = value.trim().toLowerCase();
    if (v === "true") return true;
    if (v === "false" || v === "") return false;
    this.add(input, `"${value}" is not a boolean; expected true or false`);
    return false;
  }
  integer(input, value, min, max) {
    const v = value.trim();
    const n = /^\d+$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      this.add(input, `"${value}" is not a whole number from ${min} to ${max}`);
      return min;
    }
    return n;
  }
  oneOf(input, value, allowed) {
    const v = value.trim();
    if (allowed.includes(v)) return v;
    this.add(input, `"${value}" is not one of ${allowed.join(", ")}`);
    return allowed[0];
  }
  url(input, value) {
    const v = value.trim();
    if (v === "") return void 0;
    try {
      const url = new URL(v);
      if (url.protocol === "https:" || url.protocol === "http:") return v.replace(/\/+$/, "");
    } catch {
    }
    this.add(input, `"${value}" is not an http(s) URL`);
    return void 0;
  }
};

// src/actions/shared/signing-inputs.ts
var SIGNING_INPUT = {
  sigstore: "sigstore",
  fulcioUrl: "fulcio-url",
  rekorUrl: "rekor-url",
  tsaUrl: "tsa-url",
  requestTimeout: "request-timeout-seconds",
  networkRetries: "network-retries"
};
function parseSigningInputs(p, raw) {
  return {
    sigstore: p.oneOf(SIGNING_INPUT.sigstore, raw(SIGNING_INPUT.sigstore) || "auto", ["auto", "public-good", "github"]),
    ...definedOnly({
      fulcioUrl: p.url(SIGNING_INPUT.fulcioUrl, raw(SIGNING_INPUT.fulcioUrl)),
      rekorUrl: p.url(SIGNING_INPUT.rekorUrl, raw(SIGNING_INPUT.rekorUrl)),
      tsaUrl: p.url(SIGNING_INPUT.tsaUrl, raw(SIGNING_INPUT.tsaUrl))
    }),
    network: {
      timeoutMs: p.integer(SIGNING_INPUT.requestTimeout, raw(SIGNING_INPUT.requestTimeout) || "30", 1, 600) * 1e3,
      retries: p.integer(SIGNING_INPUT.networkRetries, raw(SIGNING_INPUT.networkRetries) || "3", 0, 10),
      minBackoffMs: 500
    }
  };
}

// src/actions/sign-artifact/inputs.ts
var INPUT = {
  ...SIGNING_INPUT,
  subjectPath: "subject-path",
  subjectDigest: "subject-digest",
  subjectName: "subject-name",
  subjectChecksums: "subject-checksums",
  predicateType: "predicate-type",
  predicate: "predicate",
  predicatePath: "predicate-path",
  digestAlgorithm: "digest-algorithm",
  maxSubjects: "max-subjects-per-attestation",
  perSubject: "attestation-per-subject",
  bundleDir: "bundle-dir",
  uploadAttestations: "upload-attestations",
  uploadToRelease: "upload-to-release",
  releaseTag: "release-tag",
  githubToken: "github-token",
  showSummary: "show-summary"
};
function parseInputs(raw) {
  const p = new InputProblems();
  const text = (name) => raw(name).trim() || void 0;
  const subjects = {
    subjectPath: text(INPUT.subjectPath),
    subjectDigest: text(INPUT.subjectDigest),
    subjectName: text(INPUT.subjectName),
    subjectChecksums: text(INPUT.subjectChecksums)
  };
  const modes = [subjects.subjectPath && INPUT.subjectPath, subjects.subjectDigest && INPUT.subjectDigest, subjects.subjectChecksums && INPUT.subjectChecksums].filter(Boolean);
  if (modes.length === 0) p.add(INPUT.subjectPath, `one of ${INPUT.subjectPath}, ${INPUT.subjectDigest} or ${INPUT.subjectChecksums} is required`);
  if (modes.length > 1) p.add(modes[1], `give only one of ${modes.join(", ")}`);
  if (subjects.subjectDigest && !subjects.subjectName) p.add(INPUT.subjectName, `required with ${INPUT.subjectDigest}`);
  if (subjects.subjectName && !subjects.subjectDigest) p.add(INPUT.subjectDigest, `required with ${INPUT.subjectName}`);
  const predicate = parsePredicateSource(p, text(INPUT.predicateType), text(INPUT.predicate), text(INPUT.predicatePath));
  const inputs = {
    subjects: definedOnly(subjects),
    predicate,
    digestAlgorithm: p.oneOf(INPUT.digestAlgorithm, raw(INPUT.digestAlgorithm) || "sha256", ["sha256", "sha384", "sha512"]),
    maxSubjectsPerAttestation: p.integer(INPUT.maxSubjects, raw(INPUT.maxSubjects) || "1024", 1, 1e5),
    attestationPerSubject: p.boolean(INPUT.perSubject, raw(INPUT.perSubject)),
    ...parseSigningInputs(p, raw),
    ...definedOnly({
      bundleDir: text(INPUT.bundleDir),
      releaseTag: text(INPUT.releaseTag)
    }),
    uploadAttestations: p.boolean(INPUT.uploadAttestations, raw(INPUT.uploadAttestations) || "true"),
    uploadToRelease: p.oneOf(INPUT.uploadToRelease, raw(INPUT.uploadToRelease) || "auto", ["auto", "true", "false"]),
    githubToken: raw(INPUT.githubToken).trim(),
    showSummary: p.boolean(INPUT.showSummary, raw(INPUT.showSummary) || "true")
  };
  const uploads = inputs.uploadAttestations || inputs.uploadToRelease === "true" || inputs.releaseTag !== void 0;
  if (uploads && !inputs.githubToken) {
    p.add(INPUT.githubToken, `required to upload (set ${INPUT.uploadAttestations}: false to sign without it)`);
  }
  if (p.problems.length > 0) throw new ValidationError("INPUT_INVALID", "invalid inputs", p.problems);
  return inputs;
}
function parsePredicateSource(p, type, json, path7) {
  if (json && path7) p.add(INPUT.predicatePath, `give only one of ${INPUT.predicate}, ${INPUT.predicatePath}`);
  if (!type) {
    if (json || path7) p.add(INPUT.predicateType, `required with ${json ? INPUT.predicate : INPUT.predicatePath}`);
    return { kind: "provenance" };
  }
  if (!isUri(type)) p.add(INPUT.predicateType, `"${type}" is not a URI; expected e.g. https://slsa.dev/provenance/v1`);
  if (json) return { kind: "inline", type, json };
  if (!path7 && type === SLSA_PROVENANCE_V1_TYPE) return { kind: "provenance" };
  if (path7) return { kind: "file", type, path: path7 };
  p.add(INPUT.predicate, `${INPUT.predicate} or ${INPUT.predicatePath} is required with ${INPUT.predicateType}`);
  return { kind: "provenance" };
}

// src/actions/sign-artifact/main.ts
var import_node_path5 = __toESM(require_node_path(), 1);

// src/core/bundle-names.ts
function bundleFileNames(statementSubjects) {
  const total = statementSubjects.length;
  return statementSubjects.map((subjects, index) => {
    const first = safeFileStem(subjects[0]?.name ?? "attestation");
    const stem = total === 1 ? first : `${first}.${index + 1}-of-${total}`;
    return `${stem}.sigstore.json`;
  });
}
function bundleListFileName(statementSubjects) {
  const first = safeFileStem(statementSubjects[0]?.[0]?.name ?? "attestation");
  return `${first}.${statementSubjects.length}-attestations.sigstore.jsonl`;
}
function safeFileStem(name) {
  const stem = name.replace(/[^A-Za-z0-9._+-]+/g, "_").replace(/^[._]+/, "").slice(0, 120);
  return stem || "attestation";
}

// src/core/map-limit.ts
async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index], index);
      } catch (error2) {
        failed = true;
        throw error2;
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}

// src/core/subjects/batch.ts
function batchSubjects(subjects, maxPerStatement, mode) {
  if (!Number.isInteger(maxPerStatement) || maxPerStatement < 1) {
    throw new ChainmailError("INPUT_INVALID", `subjects per statement must be a positive integer, got ${maxPerStatement}`);
  }
  const size = mode === "per-subject" ? 1 : maxPerStatement;
  const batches = [];
  for (let i = 0; i < subjects.length; i += size) batches.push(subjects.slice(i, i + size));
  return batches;
}

// src/github/attestations-api.ts
async function storeAttestation(api, bundle) {
  const response = await requestWithRetry(
    {
      method: "POST",
      url: `${api.apiUrl}/repos/${api.repository}/attestations`,
      headers: githubHeaders(api.token),
      body: JSON.stringify({ bundle })
    },
    api.network,
    "upload to the attestations API",
    "UPLOAD_FAILED"
  );
  if (response.status !== 201 && response.status !== 200) {
    const hint = response.status === 403 || response.status === 404 ? " (the job needs `permissions: attestations: write`)" : "";
    throw new ChainmailError("UPLOAD_FAILED", `the attestations API refused the bundle: HTTP ${response.status} ${githubMessage(response.text)}${hint}`);
  }
  const id = JSON.parse(response.text).id;
  if (id === void 0 || id === null) {
    throw new ChainmailError("UPLOAD_FAILED", "the attestations API answered without an attestation id");
  }
  return { id: String(id), url: `${api.serverUrl}/${api.repository}/attestations/${String(id)}` };
}

// src/github/event.ts
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function repositoryVisibility(event) {
  const visibility = record(event.repository)?.visibility;
  return typeof visibility === "string" ? visibility : void 0;
}
function eventRelease(eventName, event) {
  if (eventName !== "release") return void 0;
  const release = record(event.release);
  const { id, tag_name: tagName, upload_url: uploadUrl } = release ?? {};
  if (typeof id !== "number" || typeof tagName !== "string" || typeof uploadUrl !== "string") return void 0;
  return { id, tagName, uploadUrl };
}
function dispatchInputs(eventName, event) {
  if (eventName !== "workflow_dispatch") return void 0;
  return record(event.inputs);
}

// src/github/release-assets.ts
async function releaseUploadUrl(target, tag) {
  const response = await requestWithRetry(
    { method: "GET", url: `${target.apiUrl}/repos/${target.repository}/releases/tags/${encodeURIComponent(tag)}`, headers: githubHeaders(target.token) },
    target.network,
    `looking up release ${tag}`,
    "UPLOAD_FAILED"
  );
  if (response.status !== 200) {
    throw new ChainmailError("UPLOAD_FAILED", `release-tag: no release tagged "${tag}" in ${target.repository}: HTTP ${response.status} ${githubMessage(response.text)}`);
  }
  const uploadUrl = JSON.parse(response.text).upload_url;
  if (typeof uploadUrl !== "string") throw new ChainmailError("UPLOAD_FAILED", `release ${tag} has no upload_url`);
  return uploadUrl;
}
async function uploadReleaseAssets(target, uploadUrl, assets) {
  const base = uploadUrl.replace(/\{[^}]*\}$/, "");
  const uploaded = [];
  for (const asset of assets) {
    const response = await requestWithRetry(
      {
        method: "POST",
        url: `${base}?name=${encodeURIComponent(asset.name)}`,
        headers: githubHeaders(target.token, "application/json"),
        body: asset.data
      },
      target.network,
      `upload of release asset ${asset.name}`,
      "UPLOAD_FAILED"
    );
    if (response.status === 422) {
      throw new ChainmailError("UPLOAD_FAILED", `release asset ${asset.name} already exists on the release; delete it or sign under another name`);
    }
    if (response.status !== 201 && response.status !== 200) {
      throw new ChainmailError("UPLOAD_FAILED", `release asset ${asset.name} was refused: HTTP ${response.status} ${githubMessage(response.text)} (the job needs \`permissions: contents: write\`)`);
    }
    const url = JSON.parse(response.text).browser_download_url;
    uploaded.push({ name: asset.name, url: typeof url === "string" ? url : "" });
  }
  return uploaded;
}

// src/io/atomic-write.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_promises2 = __toESM(require_promises2(), 1);
var import_node_path = __toESM(require_node_path(), 1);
async function writeFileAtomic(path7, data) {
  const temp = tempSibling(path7);
  let created = false;
  try {
    await (0, import_promises2.mkdir)((0, import_node_path.dirname)(path7), { recursive: true });
    const file = await (0, import_promises2.open)(temp, "wx", 420);
    created = true;
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await (0, import_promises2.rename)(temp, path7);
  } catch (e) {
    if (created) await (0, import_promises2.rm)(temp, { force: true }).catch(() => void 0);
    throw writeFailed(path7, e);
  }
}
function tempSibling(path7) {
  return (0, import_node_path.join)((0, import_node_path.dirname)(path7), `.${(0, import_node_path.basename)(path7)}.${process.pid}.${(0, import_node_crypto.randomBytes)(6).toString("hex")}.tmp`);
}
function writeFailed(path7, cause) {
  return new ChainmailError("WRITE_FAILED", `cannot write ${path7}: ${cause.message}`, { cause });
}

// src/io/subjects.ts
var import_promises7 = __toESM(require_promises2(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);

// src/core/subjects/checksums.ts
var BY_LENGTH = { 64: "sha256", 96: "sha384", 128: "sha512" };
var GNU = /^\\?([0-9a-fA-F]+) [ *^](.+)$/;
var BSD = /^(SHA[0-9-]+) ?\((.+)\) ?= ?([0-9a-fA-F]+)$/i;
var TAG_ALGORITHM = {
  SHA256: "sha256",
  "SHA2-256": "sha256",
  SHA384: "sha384",
  "SHA2-384": "sha384",
  SHA512: "sha512",
  "SHA2-512": "sha512"
};
function parseChecksums(text, source) {
  const entries = /* @__PURE__ */ new Map();
  const lines = text.split("\n");
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const parsed = parseLine(line);
    if (parsed === void 0) {
      throw new ChainmailError(
        "CHECKSUMS_INVALID",
        `${source} line ${index + 1}: "${line}" is not a checksum line; expected "<hex digest>  <file name>"`
      );
    }
    const digest = entries.get(parsed.name) ?? {};
    const previous = digest[parsed.algorithm];
    if (previous !== void 0 && previous !== parsed.hex) {
      throw new ChainmailError(
        "CHECKSUMS_INVALID",
        `${source} line ${index + 1}: ${parsed.name} is listed again with a different ${parsed.algorithm} digest`
      );
    }
    digest[parsed.algorithm] = parsed.hex;
    entries.set(parsed.name, digest);
  });
  return [...entries].map(([name, digest]) => ({ name, digest }));
}
function parseLine(line) {
  const bsd = BSD.exec(line);
  if (bsd) {
    const [, tag, name, hex] = bsd;
    const algorithm = BY_LENGTH[hex.length];
    const labelled = TAG_ALGORITHM[tag.toUpperCase()];
    if (algorithm === void 0 || labelled !== void 0 && labelled !== algorithm) return void 0;
    return { name, algorithm, hex: hex.toLowerCase() };
  }
  const gnu = GNU.exec(line);
  if (gnu) {
    const [, hex, rawName] = gnu;
    const algorithm = BY_LENGTH[hex.length];
    if (algorithm === void 0) return void 0;
    const name = line.startsWith("\\") ? unescapeName(rawName) : rawName;
    return { name, algorithm, hex: hex.toLowerCase() };
  }
  return void 0;
}
function unescapeName(name) {
  return name.replace(/\\(\\|n)/g, (_, c) => c === "n" ? "\n" : "\\");
}

// src/core/subjects/digest.ts
var HEX_LENGTH = {
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128
};
function parseDigest(text, inputName) {
  const match2 = /^([a-z0-9]+):([0-9a-f]+)$/i.exec(text.trim());
  const algorithm = match2?.[1]?.toLowerCase();
  const hex = match2?.[2]?.toLowerCase();
  if (algorithm !== void 0 && hex !== void 0 && isAlgorithm(algorithm) && hex.length === HEX_LENGTH[algorithm]) {
    return { algorithm, hex };
  }
  throw new ChainmailError(
    "DIGEST_INVALID",
    `${inputName}: "${text}" is not a digest; expected sha256:<64 hex chars> or sha512:<128 hex chars>`
  );
}
function isAlgorithm(name) {
  return Object.hasOwn(HEX_LENGTH, name);
}

// src/core/subjects/list.ts
function parseList(input) {
  return input.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== "");
}

// src/io/digest.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_promises3 = __toESM(require_promises2(), 1);
var import_node_os = __toESM(require_node_os(), 1);

// src/io/digest-pool.ts
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);

// src/io/digest-worker.ts
var WORKER_SOURCE = String.raw`
'use strict';
const { createHash, hash } = process.getBuiltinModule('node:crypto');
const { openSync, readSync, closeSync } = process.getBuiltinModule('node:fs');
const { parentPort, workerData } = process.getBuiltinModule('node:worker_threads');

const buffer = Buffer.allocUnsafe(workerData.chunkSize);

/** Appends the file's hex digests to out. */
function hashFile(path, algorithms, out) {
  const fd = openSync(path, 'r');
  try {
    let filled = readSync(fd, buffer, 0, buffer.length, null);
    if (filled < buffer.length) {
      // Most files fit in one read. Once a second read confirms the end, they are hashed in one call each
      // (crypto.hash), without a Hash object per file: a tenth of the work on a tree of small files.
      const more = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (more === 0) {
        const whole = buffer.subarray(0, filled);
        for (const a of algorithms) out.push(hash(a, whole, 'hex'));
        return;
      }
      filled += more; // a short read, or a file that grew: stream the rest
    }
    const hashes = algorithms.map((a) => createHash(a));
    while (filled > 0) {
      const chunk = filled === buffer.length ? buffer : buffer.subarray(0, filled);
      for (const h of hashes) h.update(chunk);
      filled = readSync(fd, buffer, 0, buffer.length, null);
    }
    for (const h of hashes) out.push(h.digest('hex'));
  } finally {
    closeSync(fd);
  }
}

parentPort.on('message', ({ id, paths, algorithms }) => {
  const hex = [];
  for (let i = 0; i < paths.length; i++) {
    try {
      hashFile(paths[i], algorithms, hex);
    } catch (e) {
      parentPort.postMessage({ id, hex, failed: { index: i, error: e && e.message ? e.message : String(e) } });
      return;
    }
  }
  parentPort.postMessage({ id, hex });
});
`;

// src/io/digest-pool.ts
var CHUNK_SIZE = 4 * 1024 * 1024;
var IN_FLIGHT = 2;
async function digestFilesInPool(paths, algorithms, threads) {
  const size = Math.max(1, Math.min(threads, paths.length));
  const batchSize = Math.max(1, Math.min(64, Math.ceil(paths.length / (size * 8))));
  const results = new Array(paths.length);
  const workers = [];
  let next = 0;
  let pending = 0;
  try {
    await new Promise((resolve5, reject) => {
      let failed = false;
      const fail2 = (e) => {
        if (!failed) {
          failed = true;
          reject(e);
        }
      };
      const send = (worker) => {
        if (failed || next >= paths.length) {
          if (pending === 0) resolve5();
          return;
        }
        const start = next;
        next = Math.min(paths.length, next + batchSize);
        pending++;
        worker.postMessage({ id: start, paths: paths.slice(start, next), algorithms });
      };
      const onMessage = (worker, { id, hex, failed: unreadable }) => {
        pending--;
        if (unreadable) {
          fail2(new ChainmailError("PATH_UNREADABLE", `cannot read ${paths[id + unreadable.index]}: ${unreadable.error}`));
          return;
        }
        const n = algorithms.length;
        for (let f = 0, h = 0; h < hex.length; f++) {
          const digests = {};
          for (let a = 0; a < n; a++) digests[algorithms[a]] = hex[h++];
          results[id + f] = digests;
        }
        send(worker);
      };
      for (let w = 0; w < size; w++) {
        const worker = new import_node_worker_threads.Worker(WORKER_SOURCE, { eval: true, workerData: { chunkSize: CHUNK_SIZE } });
        workers.push(worker);
        worker.on("message", (m) => onMessage(worker, m));
        worker.on("error", fail2);
        worker.on("exit", (code) => {
          if (!failed && (next < paths.length || pending > 0)) fail2(new Error(`digest worker exited early with code ${code}`));
        });
        for (let k = 0; k < IN_FLIGHT; k++) send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

// src/io/digest.ts
var POOL_MIN_FILES = 32;
var CHUNK_SIZE2 = 4 * 1024 * 1024;
var MAIN_THREAD_FILES = 4;
async function digestFile(path7, algorithms = ["sha256"]) {
  const hashes = algorithms.map((a) => (0, import_node_crypto2.createHash)(a));
  try {
    const file = await (0, import_promises3.open)(path7, "r");
    try {
      const { size } = await file.stat();
      const length = Math.max(64 * 1024, Math.min(CHUNK_SIZE2, size + 1));
      let current = Buffer.allocUnsafe(length);
      let spare = Buffer.allocUnsafe(length);
      let reading = file.read(current, 0, length, null);
      for (; ; ) {
        const { bytesRead } = await reading;
        if (bytesRead === 0) break;
        const chunk = current.subarray(0, bytesRead);
        [current, spare] = [spare, current];
        reading = file.read(current, 0, length, null);
        for (const h of hashes) h.update(chunk);
      }
    } finally {
      await file.close();
    }
  } catch (e) {
    throw new ChainmailError("PATH_UNREADABLE", `cannot read ${path7}: ${e.message}`, { cause: e });
  }
  return Object.fromEntries(algorithms.map((a, i) => [a, hashes[i].digest("hex")]));
}
async function digestFiles(paths, options = {}) {
  const algorithms = options.algorithms ?? ["sha256"];
  const threads = Math.max(1, Math.floor(options.concurrency ?? (0, import_node_os.availableParallelism)()));
  if (threads > 1 && paths.length >= POOL_MIN_FILES) {
    return digestFilesInPool(paths, algorithms, threads);
  }
  return mapLimit(paths, MAIN_THREAD_FILES, (path7) => digestFile(path7, algorithms));
}

// src/io/glob.ts
var import_promises6 = __toESM(require_promises2(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open5 = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open5.push(i);
    } else if (c === 125 && open5.length) {
      open5.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open5.length; i++) {
    const at = open5[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty2;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty2)
        nonEmpty2 = values.filter((v) => v);
      vs = nonEmpty2;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob2, position) => {
  const pos = position;
  if (glob2.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob2.length) {
    const c = glob2.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob2.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob2.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob2.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob2.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob2.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child2) {
    return this.#canAdopt(child2, adoptionWithSpaceMap);
  }
  #canAdopt(child2, map = adoptionMap) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child2, index) {
    const gc = child2.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child2, index);
  }
  #adopt(child2, index) {
    const gc = child2.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child2) {
    if (!child2 || typeof child2 !== "object" || child2.type !== null || child2.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child2.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child2) {
    const m = usurpMap.get(this.type);
    const gc = child2.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob2 = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob2.toUpperCase() !== glob2.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob2
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob2, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob2.length; i++) {
      const c = glob2.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob2) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob2.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob2, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob2), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path6 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep3 = defaultPlatform === "win32" ? path6.win32.sep : path6.posix.sep;
minimatch.sep = sep3;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which2 = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which2 === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which2 === "b")
          return false;
        which2 = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which2 === "a")
          return false;
        which2 = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open5, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open5 + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open5 + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/io/glob-matcher.ts
var OPTIONS = {
  nocase: process.platform === "win32" || process.platform === "darwin",
  windowsPathsNoEscape: true,
  nonegate: true,
  nocomment: true,
  optimizationLevel: 2,
  platform: process.platform,
  nocaseMagicOnly: true
};
function compileGlob(pattern) {
  const simple = simpleGlobRegExp(pattern);
  if (simple !== void 0) return (path7) => simple.test(path7);
  const matcher = new Minimatch(pattern, OPTIONS);
  return (path7) => matcher.match(path7);
}
var COMPLEX = /[[\]{}()!+@\\]/;
var GLOBSTAR2 = "(?:[^/.][^/]*/)*";
var TRAILING_GLOBSTAR = "[^/.][^/]*(?:/[^/.][^/]*)*";
function simpleGlobRegExp(pattern) {
  const segments = pattern.split("/");
  let source = "^";
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (segment === "**") {
      source += last ? TRAILING_GLOBSTAR : GLOBSTAR2;
      continue;
    }
    if (segment === "" || segment === "." || segment === ".." || COMPLEX.test(segment)) return void 0;
    const wild = /[*?]/.test(segment);
    if (wild && OPTIONS.nocase === true) return void 0;
    const body = segment.replace(/[.$^|]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]");
    source += (wild && !segment.startsWith(".") ? "(?!\\.)" : "") + body + (last ? "" : "/");
  }
  return new RegExp(`${source}$`);
}

// src/io/safe-path.ts
var import_promises4 = __toESM(require_promises2(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);
function isInside(root, real) {
  if (import_node_path2.sep === "/") return real === root || real.startsWith(root === "/" ? "/" : `${root}/`);
  const rel = (0, import_node_path2.relative)(root, real);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${import_node_path2.sep}`) && !(0, import_node_path2.isAbsolute)(rel);
}
async function realWorkspace(workspace) {
  try {
    return await (0, import_promises4.realpath)((0, import_node_path2.resolve)(workspace));
  } catch (e) {
    throw fsError(e, workspace, "workspace ");
  }
}
async function resolveInWorkspace(workspace, path7, options = {}) {
  const ws = await realWorkspace(workspace);
  const absolute = (0, import_node_path2.resolve)(workspace, path7);
  let real;
  try {
    real = options.allowMissing ? await realpathAllowMissing(absolute, 0) : await (0, import_promises4.realpath)(absolute);
  } catch (e) {
    throw fsError(e, path7, "", options.inputName);
  }
  assertInside(ws, path7, real, options.inputName);
  return real;
}
function assertInside(ws, path7, real, inputName) {
  if (!isInside(ws, real)) {
    throw new ChainmailError("PATH_OUTSIDE_WORKSPACE", `${prefix(inputName)}${path7} resolves to ${real}, outside the workspace ${ws}`);
  }
}
async function realpathAllowMissing(path7, depth) {
  try {
    return await (0, import_promises4.realpath)(path7);
  } catch (e) {
    if (e.code !== "ENOENT" || depth > 40) throw e;
  }
  const stat3 = await (0, import_promises4.lstat)(path7).catch(() => void 0);
  if (stat3?.isSymbolicLink()) {
    return realpathAllowMissing((0, import_node_path2.resolve)((0, import_node_path2.dirname)(path7), await (0, import_promises4.readlink)(path7)), depth + 1);
  }
  const parent = (0, import_node_path2.dirname)(path7);
  if (parent === path7) return path7;
  return (0, import_node_path2.join)(await realpathAllowMissing(parent, depth + 1), (0, import_node_path2.basename)(path7));
}
function fsError(e, path7, what = "", inputName) {
  const code = e.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new ChainmailError("PATH_NOT_FOUND", `${prefix(inputName)}${what}${path7} does not exist`, { cause: e });
  }
  return new ChainmailError("PATH_UNREADABLE", `${prefix(inputName)}cannot read ${what}${path7}: ${e.message}`, { cause: e });
}
function prefix(inputName) {
  return inputName ? `${inputName}: ` : "";
}

// src/io/walk-tree.ts
var import_promises5 = __toESM(require_promises2(), 1);
var CONCURRENCY = 16;
async function visitTree(dir, options, visit) {
  const prefix2 = options.prefix ?? "";
  const limit = options.concurrency ?? CONCURRENCY;
  const queue = [{ path: dir, rel: prefix2 }];
  let running = 0;
  await new Promise((resolve5, reject) => {
    let failed = false;
    const pump = () => {
      while (!failed && running < limit && queue.length > 0) {
        const next = queue.pop();
        running++;
        (0, import_promises5.readdir)(next.path, { withFileTypes: true }).then((dirents) => {
          running--;
          try {
            for (const d of dirents) {
              const rel = next.rel === "" ? d.name : `${next.rel}/${d.name}`;
              const kind = d.isFile() ? "file" : d.isDirectory() ? "directory" : d.isSymbolicLink() ? "symlink" : "other";
              visit({ rel, kind });
              if (kind === "directory" && !(options.prune?.(rel) ?? false)) queue.push({ path: `${next.path}/${d.name}`, rel });
            }
          } catch (error2) {
            failed = true;
            reject(error2);
            return;
          }
          if (running === 0 && queue.length === 0) resolve5();
          else pump();
        }, (error2) => {
          running--;
          if (next.path === dir && (error2.code === "ENOENT" || error2.code === "ENOTDIR")) {
            if (running === 0 && queue.length === 0) resolve5();
            return;
          }
          failed = true;
          reject(new ChainmailError("PATH_UNREADABLE", `cannot list the directory ${next.path}: ${error2.message}`, { cause: error2 }));
        });
      }
    };
    pump();
  });
}

// src/io/glob.ts
async function expandPatterns(workspace, patterns, options = {}) {
  const inputName = options.inputName ?? "paths";
  const cwd = (0, import_node_path3.resolve)(workspace);
  const ws = await realWorkspace(workspace);
  const includes = patterns.filter((p) => !p.startsWith("!")).map((p) => toGlob(cwd, p));
  const exclude = [...options.excludes ?? [], ...patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1))].map((p) => toGlob(cwd, p));
  const realDirs = /* @__PURE__ */ new Map();
  const found = /* @__PURE__ */ new Set();
  const excluded = exclusionTest(cwd, exclude);
  const plans = await Promise.all(includes.map((pattern) => planPattern(cwd, pattern)));
  const listings = /* @__PURE__ */ new Map();
  for (const plan of plans) {
    if (plan.baseRel === void 0 || listings.has(plan.baseRel)) continue;
    const listing = matchTree(cwd, plan.baseRel, plans.filter((p) => p.baseRel === plan.baseRel), excluded);
    listing.catch(() => void 0);
    listings.set(plan.baseRel, listing);
  }
  for (const [i, plan] of plans.entries()) {
    let matched = 0;
    const accept = (path7, real) => {
      if (real === void 0) return;
      if (!found.has(path7)) {
        if (real !== INSIDE) assertInside(ws, path7, real, options.inputName);
        found.add(path7);
      }
      matched++;
    };
    if (plan.baseRel !== void 0) {
      const baseRel = plan.baseRel;
      const realBase = await listings.get(baseRel);
      const baseInside = isInside(ws, realBase);
      for (const { rel, kind } of plan.hits) {
        const path7 = fromPosix(cwd, rel);
        if (kind === "symlink") accept(path7, await realFileOfLink(path7));
        else accept(path7, baseInside ? INSIDE : fromPosix(realBase, baseRel === "" ? rel : rel.slice(baseRel.length + 1)));
      }
    } else {
      for await (const entry of (0, import_promises6.glob)(plan.globs, { cwd, exclude, withFileTypes: true })) {
        const path7 = (0, import_node_path3.join)(entry.parentPath, entry.name);
        accept(path7, found.has(path7) ? path7 : await realFile(entry, path7, realDirs));
      }
    }
    if (matched === 0 && !options.allowEmpty) {
      const original = patterns.filter((p) => !p.startsWith("!"))[i];
      throw new ChainmailError("PATH_NOT_FOUND", `${inputName}: ${original} matched no file`);
    }
  }
  return [...found].sort();
}
async function planPattern(cwd, pattern) {
  const globs = pattern === "**" || pattern.endsWith("/**") ? [pattern] : [pattern, `${pattern}/**`];
  const recursive = !(0, import_node_path3.isAbsolute)(pattern) && (pattern.includes("**") || literalBase(pattern) === pattern && await isDirectory2((0, import_node_path3.resolve)(cwd, pattern)));
  const baseRel = recursive ? toPosix((0, import_node_path3.relative)(cwd, (0, import_node_path3.resolve)(cwd, literalBase(pattern)))) : void 0;
  return { globs, baseRel, hits: [] };
}
async function matchTree(cwd, baseRel, plans, excluded) {
  const dir = (0, import_node_path3.resolve)(cwd, baseRel);
  const realBase = await (0, import_promises6.realpath)(dir).catch(() => void 0);
  if (realBase === void 0 || excluded.directory(baseRel)) return realBase ?? dir;
  const matchers = plans.map((plan) => plan.globs.map(compileGlob));
  await visitTree(dir, { prefix: baseRel, prune: excluded.directory }, (entry) => {
    if (entry.kind !== "file" && entry.kind !== "symlink") return;
    let excludedPath;
    for (let p = 0; p < plans.length; p++) {
      if (!matchers[p].some((m) => m(entry.rel))) continue;
      excludedPath ??= excluded.path(entry.rel);
      if (excludedPath) return;
      plans[p].hits.push(entry);
    }
  });
  return realBase;
}
var INSIDE = /* @__PURE__ */ Symbol("inside the workspace");
function toGlob(cwd, pattern) {
  const p = pattern.trim();
  if ((0, import_node_path3.isAbsolute)(p) && (p === cwd || p.startsWith(cwd + import_node_path3.sep))) return (0, import_node_path3.relative)(cwd, p) || ".";
  return p;
}
async function realFile(entry, path7, realDirs) {
  if (entry.isFile()) {
    let dir = realDirs.get(entry.parentPath);
    if (dir === void 0) {
      dir = await (0, import_promises6.realpath)(entry.parentPath);
      realDirs.set(entry.parentPath, dir);
    }
    return (0, import_node_path3.join)(dir, entry.name);
  }
  return entry.isSymbolicLink() ? realFileOfLink(path7) : void 0;
}
async function realFileOfLink(path7) {
  try {
    const [info2, real] = await Promise.all([(0, import_promises6.stat)(path7), (0, import_promises6.realpath)(path7)]);
    return info2.isFile() ? real : void 0;
  } catch {
    return void 0;
  }
}
function literalBase(pattern) {
  const segments = pattern.split("/");
  const magic = segments.findIndex((segment) => /[*?[\]{}()!+@]/.test(segment));
  return segments.slice(0, magic === -1 ? segments.length : magic).join("/");
}
async function isDirectory2(path7) {
  return (0, import_promises6.stat)(path7).then((info2) => info2.isDirectory(), () => false);
}
function exclusionTest(cwd, excludes) {
  if (excludes.length === 0) return { directory: () => false, path: () => false };
  const matchers = excludes.map((p) => compileGlob((0, import_node_path3.isAbsolute)(p) ? toPosix((0, import_node_path3.relative)(cwd, p)) : p));
  const dirs = /* @__PURE__ */ new Map();
  const matchesAny = (path7) => matchers.some((m) => m(path7));
  const directory = (dir) => {
    if (dir === "" || dir === ".") return false;
    let answer = dirs.get(dir);
    if (answer === void 0) {
      const slash = dir.lastIndexOf("/");
      answer = directory(slash === -1 ? "" : dir.slice(0, slash)) || matchesAny(dir);
      dirs.set(dir, answer);
    }
    return answer;
  };
  return { directory, path: matchesAny };
}
function toPosix(path7) {
  return import_node_path3.sep === "/" ? path7 : path7.split(import_node_path3.sep).join("/");
}
function fromPosix(dir, rel) {
  if (rel === "") return dir;
  return import_node_path3.sep === "/" ? dir.endsWith("/") ? `${dir}${rel}` : `${dir}/${rel}` : (0, import_node_path3.join)(dir, rel);
}

// src/io/subjects.ts
async function collectSubjects(inputs) {
  const path7 = inputs.subjectPath?.trim() ?? "";
  const digest = inputs.subjectDigest?.trim() ?? "";
  const name = inputs.subjectName?.trim() ?? "";
  const checksums = inputs.subjectChecksums?.trim() ?? "";
  const given = [
    path7 && "subject-path",
    digest && "subject-digest",
    checksums && "subject-checksums"
  ].filter((g) => g !== "");
  if (given.length === 0) {
    throw invalid("one of subject-path, subject-digest (with subject-name) or subject-checksums is required");
  }
  if (given.length > 1) throw invalid(`give only one of ${given.join(", ")}`);
  if (digest && !name) throw invalid("subject-name is required with subject-digest");
  if (checksums && name) throw invalid("subject-name cannot be used with subject-checksums; the list names each file");
  let subjects;
  if (path7) subjects = await fromPaths(inputs.workspace, path7, name, inputs.algorithms);
  else if (digest) {
    const parsed = parseDigest(digest, "subject-digest");
    subjects = [{ name, digest: { [parsed.algorithm]: parsed.hex } }];
  } else subjects = await fromChecksums(inputs.workspace, checksums);
  return uniqueSorted(subjects);
}
async function fromPaths(workspace, input, name, algorithms) {
  const files = await expandPatterns(workspace, parseList(input), { inputName: "subject-path" });
  if (name && files.length > 1) {
    throw invalid(`subject-name names one subject, but subject-path matched ${files.length} files`);
  }
  const digests = await digestFiles(files, { algorithms: algorithms ?? ["sha256"] });
  const seen = /* @__PURE__ */ new Map();
  return files.map((file, i) => {
    const subject = { name: name || (0, import_node_path4.basename)(file), digest: digests[i] };
    const other = seen.get(subject.name);
    if (other && !sameDigest(other.digest, subject.digest)) {
      throw invalid(`subject-path: ${other.file} and ${file} have the same name ${subject.name} but different contents`);
    }
    seen.set(subject.name, { file, digest: subject.digest });
    return subject;
  });
}
async function fromChecksums(workspace, value) {
  if (looksInline(value)) return parseChecksums(value, "subject-checksums");
  const file = await resolveInWorkspace(workspace, value, { inputName: "subject-checksums" }).catch((e) => {
    if (e instanceof ChainmailError && e.code === "PATH_NOT_FOUND") {
      throw new ChainmailError("PATH_NOT_FOUND", `subject-checksums: "${value}" is neither a checksums list ("<hex digest>  <file name>" lines) nor a file in the workspace`);
    }
    throw e;
  });
  let text;
  try {
    text = await (0, import_promises7.readFile)(file, "utf8");
  } catch (e) {
    throw new ChainmailError("PATH_UNREADABLE", `subject-checksums: cannot read ${value}: ${e.code ?? e.message}`, { cause: e });
  }
  return parseChecksums(text, value);
}
function looksInline(value) {
  return value.includes("\n") || /^[0-9a-f]{64,128}\s/i.test(value) || /^SHA[0-9-]+ ?\(.*\) ?=/i.test(value);
}
function uniqueSorted(subjects) {
  const byKey = /* @__PURE__ */ new Map();
  for (const s of subjects) byKey.set(`${s.name}\0${JSON.stringify(Object.entries(s.digest).sort())}`, s);
  return [...byKey.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}
function sameDigest(a, b) {
  return Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);
}
function invalid(message) {
  return new ChainmailError("INPUT_INVALID", message);
}

// src/sigstore/endpoints.ts
var PUBLIC_GOOD = {
  instance: "public-good",
  fulcioURL: "https://fulcio.sigstore.dev",
  rekorURL: "https://rekor.sigstore.dev"
};
var GITHUB_INSTANCE = {
  instance: "github",
  fulcioURL: "https://fulcio.githubapp.com",
  tsaURL: "https://timestamp.githubapp.com"
};
function chooseSigningEndpoints(choice) {
  const instance = choice.sigstore !== "auto" ? choice.sigstore : choice.visibility === "public" ? "public-good" : "github";
  const base = instance === "public-good" ? PUBLIC_GOOD : GITHUB_INSTANCE;
  const overridden = Boolean(choice.fulcioURL || choice.rekorURL || choice.tsaURL);
  const endpoints = {
    instance: overridden ? "custom" : instance,
    fulcioURL: choice.fulcioURL || base.fulcioURL,
    ...pick("rekorURL", choice.rekorURL || base.rekorURL),
    ...pick("tsaURL", choice.tsaURL || base.tsaURL)
  };
  if (!endpoints.rekorURL && !endpoints.tsaURL) {
    throw new ChainmailError("INPUT_INVALID", "rekor-url / tsa-url: the signing instance has neither a transparency log nor a timestamp authority; set at least one");
  }
  return endpoints;
}
function pick(key, value) {
  return value ? { [key]: value } : {};
}

// src/sigstore/sign/dsse-signing.ts
var import_bundle = __toESM(require_dist(), 1);

// src/sigstore/sign/sigstore-sign.ts
var loading;
function loadSigstoreSign() {
  loading ??= import("./chunks/dist-XWGECQSI.js").then((namespace) => commonJsExports(namespace));
  return loading;
}

// src/sigstore/sign/errors.ts
async function toSigningError(error2, endpoints) {
  if (isChainmailError(error2)) return error2;
  const { InternalError } = await loadSigstoreSign();
  if (!(error2 instanceof InternalError)) {
    return new ChainmailError("SIGNING_FAILED", `signing failed: ${messageOf(error2)}`, { cause: error2 });
  }
  const cause = error2.cause;
  const detail = causeDetail(cause);
  switch (error2.code) {
    case "IDENTITY_TOKEN_READ_ERROR":
      return isChainmailError(cause) ? cause : new ChainmailError("OIDC_FAILED", `could not get an OIDC token: ${detail}`, { cause });
    case "IDENTITY_TOKEN_PARSE_ERROR":
      return new ChainmailError("OIDC_FAILED", "the OIDC token is not a JWT with a subject claim", { cause: void 0 });
    case "CA_CREATE_SIGNING_CERTIFICATE_ERROR":
      return new ChainmailError("SIGNING_FAILED", `Fulcio (${endpoints.fulcioURL}) did not issue a signing certificate: ${detail}`, { cause });
    case "TLOG_CREATE_ENTRY_ERROR":
    case "TLOG_FETCH_ENTRY_ERROR":
      return new ChainmailError("SIGNING_FAILED", `Rekor (${endpoints.rekorURL ?? "none"}) did not log the signature: ${detail}`, { cause });
    case "TSA_CREATE_TIMESTAMP_ERROR":
      return new ChainmailError("SIGNING_FAILED", `the timestamp authority (${endpoints.tsaURL ?? "none"}) did not timestamp the signature: ${detail}`, { cause });
    default:
      return new ChainmailError("SIGNING_FAILED", `signing failed: ${error2.message}`, { cause });
  }
}
function causeDetail(cause) {
  if (cause === void 0) return "no detail";
  const text = messageOf(cause);
  const code = typeof cause === "object" && cause !== null && "code" in cause ? String(cause.code) : "";
  return code && !text.includes(code) ? `${text} (${code})` : text;
}
function messageOf(value) {
  const text = value instanceof Error ? value.message : String(value);
  return text.split("\n")[0] ?? text;
}

// src/sigstore/sign/dsse-signing.ts
function signingStatements(makeBuilder, endpoints) {
  let builder;
  return async (statement) => {
    try {
      builder ??= loadSigstoreSign().then(makeBuilder);
      const bundle = await (await builder).create({ data: Buffer.from(JSON.stringify(statement)), type: PAYLOAD_TYPE_INTOTO });
      return (0, import_bundle.bundleToJSON)(bundle);
    } catch (error2) {
      throw await toSigningError(error2, endpoints);
    }
  };
}

// src/sigstore/sign/key-holder.ts
var import_node_crypto3 = __toESM(require_node_crypto(), 1);
var EphemeralKeyHolder = class {
  privateKey;
  publicKeyPem;
  constructor() {
    const { privateKey, publicKey } = (0, import_node_crypto3.generateKeyPairSync)("ec", { namedCurve: "P-256" });
    this.privateKey = privateKey;
    this.publicKeyPem = publicKey.export({ format: "pem", type: "spki" }).toString();
  }
  async sign(data) {
    return {
      signature: (0, import_node_crypto3.sign)("sha256", data, this.privateKey),
      key: { $case: "publicKey", publicKey: this.publicKeyPem }
    };
  }
};

// src/sigstore/sign/network.ts
function sigstoreFetchOptions(network) {
  return {
    timeout: network.timeoutMs,
    retry: { retries: network.retries, factor: 2, minTimeout: network.minBackoffMs, maxTimeout: network.minBackoffMs * 16 }
  };
}

// src/sigstore/sign/shared-certificate-signer.ts
var import_node_crypto4 = __toESM(require_node_crypto(), 1);
var RENEW_MARGIN_MS = 6e4;
var SharedCertificateSigner = class {
  constructor(certifier, keyHolder, now = Date.now) {
    this.certifier = certifier;
    this.keyHolder = keyHolder;
    this.now = now;
  }
  certifier;
  keyHolder;
  now;
  certified;
  async sign(data) {
    const { certificate } = await this.validCertificate();
    const { signature } = await this.keyHolder.sign(data);
    return { signature, key: { $case: "x509Certificate", certificate } };
  }
  async validCertificate() {
    const current = this.certified;
    if (current) {
      const certified = await current;
      if (certified.notAfter - this.now() > RENEW_MARGIN_MS) return certified;
      if (this.certified !== current) return this.validCertificate();
    }
    this.certified = this.certifier.sign(Buffer.alloc(0)).then(toCertified);
    return this.certified;
  }
};
function toCertified(signature) {
  if (signature.key.$case !== "x509Certificate") {
    throw new TypeError("the certifying signer returned a public key, not a certificate");
  }
  const { certificate } = signature.key;
  return { certificate, notAfter: new import_node_crypto4.X509Certificate(certificate).validToDate.getTime() };
}

// src/sigstore/sign/keyless.ts
function createKeylessSigner(options) {
  return { sign: signingStatements((sigstore) => keylessBuilder(sigstore, options), options.endpoints) };
}
function keylessBuilder({ DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness }, options) {
  const { endpoints, network } = options;
  const fetchOptions = sigstoreFetchOptions(network);
  const keyHolder = new EphemeralKeyHolder();
  const certifier = new FulcioSigner({
    identityProvider: options.identityProvider,
    keyHolder,
    fulcioBaseURL: endpoints.fulcioURL,
    ...fetchOptions
  });
  const witnesses = [];
  if (endpoints.rekorURL) {
    witnesses.push(new RekorWitness({ rekorBaseURL: endpoints.rekorURL, entryType: "dsse", fetchOnConflict: true, ...fetchOptions }));
  }
  if (endpoints.tsaURL) {
    witnesses.push(new TSAWitness({ tsaBaseURL: endpoints.tsaURL, ...fetchOptions }));
  }
  return new DSSEBundleBuilder({ signer: new SharedCertificateSigner(certifier, keyHolder), witnesses });
}
function signAll(signer, statements, concurrency = 8) {
  return mapLimit(statements, concurrency, (statement) => signer.sign(statement));
}

// src/core/predicates/json-error-offset.ts
var WS = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
var STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
function findJsonErrorOffset(text) {
  const stack = [];
  let i = 0;
  let expect = "value";
  for (; ; ) {
    while (i < text.length && WS.has(text[i])) i++;
    const c = text[i];
    if (expect === "after") {
      const top = stack.at(-1);
      if (top === void 0) return i < text.length ? i : void 0;
      if (c === ",") {
        i++;
        expect = top === "{" ? "key" : "value";
        continue;
      }
      if (c === (top === "{" ? "}" : "]")) {
        stack.pop();
        i++;
        continue;
      }
      return i;
    }
    if (expect === "key" || expect === "keyOrClose") {
      if (expect === "keyOrClose" && c === "}") {
        stack.pop();
        i++;
        expect = "after";
        continue;
      }
      if (c !== '"') return i;
      const end2 = scanString(text, i);
      if (end2 < 0) return ~end2;
      i = end2;
      while (i < text.length && WS.has(text[i])) i++;
      if (text[i] !== ":") return i;
      i++;
      expect = "value";
      continue;
    }
    if (expect === "valueOrClose" && c === "]") {
      stack.pop();
      i++;
      expect = "after";
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      expect = c === "{" ? "keyOrClose" : "valueOrClose";
      continue;
    }
    const end = scanScalar(text, i);
    if (end < 0) return ~end;
    i = end;
    expect = "after";
  }
}
function scanScalar(text, i) {
  const c = text[i];
  if (c === '"') return scanString(text, i);
  const word = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : void 0;
  if (word !== void 0) {
    for (let k = 1; k < word.length; k++) if (text[i + k] !== word[k]) return ~(i + k);
    return i + word.length;
  }
  if (c === "-" || isDigit(c)) return scanNumber(text, i);
  return ~i;
}
function isDigit(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function scanNumber(text, i) {
  let j = text[i] === "-" ? i + 1 : i;
  if (text[j] === "0") j++;
  else if (isDigit(text[j])) while (isDigit(text[j])) j++;
  else return ~j;
  if (text[j] === ".") {
    j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  if (text[j] === "e" || text[j] === "E") {
    j++;
    if (text[j] === "+" || text[j] === "-") j++;
    if (!isDigit(text[j])) return ~j;
    while (isDigit(text[j])) j++;
  }
  return j;
}
function scanString(text, i) {
  STRING_BODY.lastIndex = i + 1;
  const m = STRING_BODY.exec(text);
  if (m !== null) return i + 1 + m[0].length;
  let j = i + 1;
  for (; ; ) {
    const ch = text[j];
    if (ch === void 0 || ch < " ") return ~j;
    if (ch === '"') return j + 1;
    if (ch !== "\\") {
      j++;
      continue;
    }
    const esc = text[j + 1];
    if (esc !== void 0 && '"\\/bfnrt'.includes(esc)) {
      j += 2;
      continue;
    }
    if (esc !== "u") return ~(j + 1);
    for (let k = j + 2; k < j + 6; k++) if (!/[0-9a-fA-F]/.test(text[k] ?? "")) return ~k;
    j += 6;
  }
}
function lineAndColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    const ch = text[k];
    if (ch === "\n" || ch === "\r" && text[k + 1] !== "\n") {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/core/predicates/custom.ts
var MAX_PREDICATE_BYTES = 16 * 1024 * 1024;
function parseCustomPredicate(text, source, maxBytes = MAX_PREDICATE_BYTES) {
  const size = Buffer.byteLength(text, "utf8");
  if (size > maxBytes) {
    throw new ChainmailError("PREDICATE_INVALID", `${source} is ${size} bytes; the limit is ${formatLimit(maxBytes)}`);
  }
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  let value;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw new ChainmailError("PREDICATE_INVALID", `${source} is not JSON: ${describeJsonError(body, e)}`, { cause: e });
  }
  if (!isJsonObject(value)) {
    throw new ChainmailError("PREDICATE_INVALID", `${source} must be a JSON object, not ${describeJson(value)}`);
  }
  return value;
}
function formatLimit(bytes) {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB (${bytes} bytes)` : `${bytes} bytes`;
}
function describeJsonError(text, error2) {
  const raw = error2 instanceof Error ? error2.message : String(error2);
  const reason = raw.replace(/,\s[\s\S]* is not valid JSON$/, "").replace(/\s+in JSON at position \d+(\s*\(line \d+ column \d+\))?$/, "").replace(/\s+/g, " ").trim();
  const offset = findJsonErrorOffset(text);
  if (offset === void 0) return reason;
  const { line, column } = lineAndColumn(text, offset);
  return `${reason} at line ${line} column ${column} (position ${offset})`;
}

// src/io/read-limited.ts
var import_promises8 = __toESM(require_promises2(), 1);
async function readTextLimited(path7, maxBytes, source) {
  let handle;
  try {
    handle = await (0, import_promises8.open)(path7, "r");
  } catch (error2) {
    throw new ChainmailError("PATH_UNREADABLE", `${source}: cannot read ${path7}: ${error2.code ?? error2.message}`, { cause: error2 });
  }
  try {
    const { size, isFile } = await handle.stat().then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) throw new ChainmailError("PATH_UNREADABLE", `${source}: ${path7} is not a regular file`);
    if (size > maxBytes) {
      throw new ChainmailError("PREDICATE_INVALID", `${source}: ${path7} is ${size} bytes; the limit is ${maxBytes} bytes`);
    }
    return await handle.readFile("utf8");
  } finally {
    await handle.close();
  }
}

// src/actions/sign-artifact/predicate.ts
async function loadCustomPredicate(source, workspace) {
  if (source.kind === "inline") return { type: source.type, predicate: parseCustomPredicate(source.json, INPUT.predicate) };
  const path7 = await resolveInWorkspace(workspace, source.path, { inputName: INPUT.predicatePath });
  const text = await readTextLimited(path7, MAX_PREDICATE_BYTES, INPUT.predicatePath);
  return { type: source.type, predicate: parseCustomPredicate(text, `${INPUT.predicatePath} ${source.path}`) };
}
function runProvenance(facts) {
  const claims = requireGitHubClaims(decodeJwtClaims(facts.oidcToken), PROVENANCE_REQUIRED_CLAIMS);
  const predicate = buildGitHubProvenance(claims, {
    serverUrl: facts.serverUrl,
    ...facts.workflowInputs ? { workflowInputs: facts.workflowInputs } : {},
    ...facts.startedOn ? { startedOn: facts.startedOn } : {}
  });
  return { type: SLSA_PROVENANCE_V1_TYPE, predicate };
}

// src/actions/sign-artifact/summary.ts
var MAX_ROWS = 500;
function renderSummary(predicateType, rows, instance) {
  const lines = [
    "## chainmail sign-artifact",
    "",
    `Signed ${rows.length} subject${rows.length === 1 ? "" : "s"} with predicate \`${escapeCell(predicateType)}\` on the ${instance} Sigstore instance.`,
    "",
    "| subject | digest | attestation |",
    "| --- | --- | --- |",
    ...rows.slice(0, MAX_ROWS).map(({ subject, attestation }) => {
      const digest = Object.entries(subject.digest ?? {}).map(([alg, hex]) => `${alg}:${hex}`).join(" ");
      return `| ${escapeCell(subject.name ?? "")} | \`${digest}\` | ${attestation} |`;
    })
  ];
  if (rows.length > MAX_ROWS) lines.push("", `... and ${rows.length - MAX_ROWS} more subjects (see the bundle files).`);
  return `${lines.join("\n")}
`;
}
function escapeCell(text) {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

// src/actions/sign-artifact/main.ts
var UPLOAD_CONCURRENCY = 4;
async function signArtifact(inputs, deps) {
  const { context } = deps;
  const subjects = await collectSubjects({
    workspace: context.workspace,
    ...inputs.subjects,
    algorithms: [inputs.digestAlgorithm]
  });
  const endpoints = chooseSigningEndpoints({
    sigstore: inputs.sigstore,
    ...definedOnly({ visibility: repositoryVisibility(context.event), fulcioURL: inputs.fulcioUrl, rekorURL: inputs.rekorUrl, tsaURL: inputs.tsaUrl })
  });
  const release = releaseDestination(inputs, context);
  const custom = inputs.predicate.kind === "provenance" ? void 0 : await loadCustomPredicate(inputs.predicate, context.workspace);
  const oidcToken = await deps.requestToken();
  const { type, predicate } = custom ?? runProvenance({
    oidcToken,
    serverUrl: context.serverUrl,
    ...definedOnly({ workflowInputs: dispatchInputs(context.eventName, context.event), startedOn: await deps.runStartedOn() })
  });
  const groups = batchSubjects(subjects, inputs.maxSubjectsPerAttestation, inputs.attestationPerSubject ? "per-subject" : "batched");
  const statements = groups.map((group) => makeStatement(group, type, predicate));
  deps.log(`Signing ${statements.length} attestation(s) over ${subjects.length} subject(s) on ${endpoints.instance} (${endpoints.fulcioURL})`);
  const signer = createKeylessSigner({ endpoints, identityProvider: { getToken: async () => oidcToken }, network: inputs.network });
  const bundles = await signAll(signer, statements);
  const files = bundleFileNames(groups);
  const stored = inputs.uploadAttestations ? await mapLimit(bundles, UPLOAD_CONCURRENCY, (bundle) => storeAttestation({ apiUrl: context.apiUrl, serverUrl: context.serverUrl, repository: context.repository, token: inputs.githubToken, network: inputs.network }, bundle)) : [];
  for (const attestation of stored) deps.log(`Stored attestation ${attestation.id}: ${attestation.url}`);
  if (release) {
    const target = { apiUrl: context.apiUrl, repository: context.repository, token: inputs.githubToken, network: inputs.network };
    const uploadUrl = release.uploadUrl ?? await releaseUploadUrl(target, release.tag);
    const uploaded = await uploadReleaseAssets(target, uploadUrl, files.map((name, i) => ({ name, data: Buffer.from(bundleLine(bundles[i])) })));
    deps.log(`Uploaded ${uploaded.length} bundle(s) to release ${release.tag}`);
  }
  const bundleDir = (0, import_node_path5.resolve)(context.workspace, inputs.bundleDir ?? (0, import_node_path5.join)(context.runnerTemp, "chainmail"));
  const written = await writeBundles(bundleDir, groups, files, bundles);
  deps.log(`Wrote ${written.paths.length} bundle file(s); bundle-path: ${written.bundlePath}`);
  const rows = groups.flatMap(
    (group, i) => group.map((subject) => ({ subject, attestation: stored[i] ? `[${stored[i].id}](${stored[i].url})` : `\`${files[i]}\`` }))
  );
  return {
    bundlePath: written.bundlePath,
    bundlePaths: written.paths,
    stored,
    subjectCount: subjects.length,
    attestationCount: statements.length,
    summary: renderSummary(type, rows, endpoints.instance)
  };
}
function releaseDestination(inputs, context) {
  if (inputs.uploadToRelease === "false") return void 0;
  if (inputs.releaseTag) return { tag: inputs.releaseTag };
  const fromEvent = eventRelease(context.eventName, context.event);
  if (fromEvent && !inputs.githubToken) {
    throw new ChainmailError("INPUT_INVALID", "github-token: required to upload to the release of this release event (or set upload-to-release: false)");
  }
  if (fromEvent) return { tag: fromEvent.tagName, uploadUrl: fromEvent.uploadUrl };
  if (inputs.uploadToRelease === "true") {
    throw new ChainmailError("INPUT_INVALID", `release-tag: required with upload-to-release: true outside a release event (this run's event is ${context.eventName || "unknown"})`);
  }
  return void 0;
}
async function writeBundles(dir, groups, names, bundles) {
  const paths = names.map((name) => (0, import_node_path5.join)(dir, name));
  await Promise.all(paths.map((path7, i) => writeFileAtomic(path7, bundleLine(bundles[i]))));
  if (paths.length === 1) return { paths, bundlePath: paths[0] };
  const listPath = (0, import_node_path5.join)(dir, bundleListFileName(groups));
  await writeFileAtomic(listPath, bundles.map(bundleLine).join(""));
  return { paths, bundlePath: listPath };
}
function bundleLine(bundle) {
  return `${JSON.stringify(bundle)}
`;
}

// src/actions/sign-artifact/action.ts
async function runSignArtifact() {
  const inputs = parseInputs((name) => getInput(name));
  if (inputs.githubToken) setSecret(inputs.githubToken);
  const context = readRunnerContext();
  const result = await signArtifact(inputs, {
    context,
    requestToken: () => requestOidcToken("sigstore", inputs.network.timeoutMs),
    runStartedOn: async () => context.runId && inputs.githubToken ? workflowRunStartedAt({ apiUrl: context.apiUrl, repository: context.repository, runId: context.runId, token: inputs.githubToken, network: inputs.network }, debug) : void 0,
    log: info
  });
  setOutput("bundle-path", result.bundlePath);
  setOutput("attestation-id", result.stored[0]?.id ?? "");
  setOutput("attestation-url", result.stored[0]?.url ?? "");
  setOutput("subject-count", String(result.subjectCount));
  setOutput("attestation-count", String(result.attestationCount));
  if (inputs.showSummary) await summary.addRaw(result.summary).write();
}

// src/actions/sign-artifact/index.ts
await runAction(runSignArtifact);
