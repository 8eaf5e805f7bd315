import socketserver, sys
count=0
class H(socketserver.StreamRequestHandler):
    def handle(self):
        global count
        w=lambda s:(self.wfile.write((s+"\r\n").encode()),self.wfile.flush())
        w("220 test")
        data=False
        while True:
            l=self.rfile.readline()
            if not l: return
            if data:
                if l.rstrip(b"\r\n")==b".":
                    data=False; count+=1; w("250 ok queued %d"%count)
                continue
            c=l.decode(errors="replace").strip().upper()
            if c.startswith("EHLO"): w("250-test"); w("250 8BITMIME")
            elif c.startswith("HELO"): w("250 test")
            elif c.startswith("DATA"): data=True; w("354 go")
            elif c.startswith("QUIT"): w("221 bye"); return
            else: w("250 ok")
class S(socketserver.ThreadingTCPServer): allow_reuse_address=True
S(("127.0.0.1",int(sys.argv[1])),H).serve_forever()
